import { Trans, useLingui } from '@lingui/react/macro';
import { WHATSAPP_LIMITS } from '@shared/bot/validate.ts';
import { FLOW_BOUNDS } from '@shared/bot/flow.ts';
import { useMemo } from 'react';
import { toUserMessage } from '../../../../lib/errors';
import { useWorkspace } from '../../../../lib/workspace';
import { memberLabel } from '../../../inbox-settings/member-label';
import { useTemplates } from '../../../templates/hooks/use-templates';
import { useHandoffTargets } from '../summary-names';
import { variableToken } from './variables';
import { FormNote, FormSection, ItemList, NodeSelectField, NodeTextField } from './form-controls';
import { replaceAt, type NodeFormProps } from './form-helpers';

// Forms of the nodes that reach beyond the conversation: the knowledge base, an approved
// template, people (handoff) and the organisation's own web service.

export function FaqForm({ node, context, set }: NodeFormProps<'faq'>) {
  const { t } = useLingui();
  return (
    <>
      <NodeTextField
        context={context}
        path="prompt"
        label={t`Question posée d’abord (facultative)`}
        multiline
        limit={WHATSAPP_LIMITS.text}
        value={node.data.prompt}
        variables
        onChange={(prompt) => set({ prompt }, 'prompt')}
      />
      <FormNote>
        <Trans>
          Sans question, l’étape répond au message qui y a mené ; avec une question, elle répond à
          la réponse du contact. Elle suit « Répondu » quand une entrée de la FAQ convient, « Pas de
          correspondance » sinon.
        </Trans>
      </FormNote>
    </>
  );
}

/** `name|language`: a template is named by both. */
function templateKey(name: string, language: string): string {
  return `${name}|${language}`;
}

export function TemplateForm({ node, context, set }: NodeFormProps<'template'>) {
  const { t } = useLingui();
  const { organization } = useWorkspace();
  const templates = useTemplates(organization.id);
  const { data } = node;
  const approved = useMemo(
    () => (templates.data ?? []).filter((template) => template.status.toUpperCase() === 'APPROVED'),
    [templates.data],
  );
  const current = templateKey(data.name, data.language);
  const known = approved.some(
    (template) => templateKey(template.name, template.language) === current,
  );

  return (
    <>
      <NodeSelectField
        context={context}
        path="name"
        label={t`Modèle approuvé`}
        value={data.name ? current : ''}
        hint={
          templates.isError
            ? toUserMessage(templates.error, t`Les modèles n’ont pas pu être chargés.`)
            : templates.isSuccess && approved.length === 0
              ? t`Aucun modèle approuvé : synchronisez vos modèles depuis la page Modèles.`
              : undefined
        }
        options={[
          { value: '', label: t`Choisir un modèle…` },
          // A template no longer approved stays shown, so the form says what the node sends.
          ...(data.name && !known
            ? [{ value: current, label: `${data.name} (${data.language})` }]
            : []),
          ...approved.map((template) => ({
            value: templateKey(template.name, template.language),
            label: `${template.name} (${template.language})`,
          })),
        ]}
        onChange={(key) => {
          const template = approved.find(
            (candidate) => templateKey(candidate.name, candidate.language) === key,
          );
          if (!template) {
            set({ name: '', language: '', parameters: [] });
            return;
          }
          const values = new Map(
            data.parameters.map((parameter) => [parameter.name, parameter.value]),
          );
          set({
            name: template.name,
            language: template.language,
            parameters: template.parameters.map((name) => ({
              name,
              value: values.get(name) ?? '',
            })),
          });
        }}
      />
      {data.parameters.length > 0 && (
        <FormSection title={t`Valeurs des paramètres`}>
          {data.parameters.map((parameter, index) => (
            <NodeTextField
              key={parameter.name}
              context={context}
              path={`parameters.${index}.value`}
              label={`{{${parameter.name}}}`}
              value={parameter.value}
              variables
              onChange={(value) =>
                set(
                  {
                    ...data,
                    parameters: replaceAt(data.parameters, index, { ...parameter, value }),
                  },
                  `parameters.${index}.value`,
                )
              }
            />
          ))}
        </FormSection>
      )}
      <FormNote>
        <Trans>
          Un modèle approuvé est le seul message que WhatsApp accepte plus de 24 heures après le
          dernier message du contact.
        </Trans>
      </FormNote>
    </>
  );
}

export function HandoffForm({ node, context, set }: NodeFormProps<'handoff'>) {
  const { t } = useLingui();
  const { organization } = useWorkspace();
  const { teams, members, agents } = useHandoffTargets(organization.id);
  const { data } = node;
  const target = data.target;
  const loadError = teams.isError || members.isError;

  return (
    <>
      <NodeTextField
        context={context}
        path="message"
        label={t`Message au contact (facultatif)`}
        placeholder={t`Un conseiller va vous répondre.`}
        multiline
        limit={WHATSAPP_LIMITS.text}
        value={data.message}
        variables
        onChange={(message) => set({ ...data, message }, 'message')}
      />
      <NodeSelectField
        context={context}
        path="target.kind"
        label={t`Confier la conversation`}
        value={target.kind}
        options={[
          { value: 'auto', label: t`Selon la répartition de la boîte de réception` },
          { value: 'team', label: t`À une équipe` },
          { value: 'agent', label: t`À un agent` },
        ]}
        onChange={(kind) => {
          if (kind === 'auto') set({ ...data, target: { kind } });
          const team = teams.data?.[0];
          const agent = agents[0];
          if (kind === 'team' && team) set({ ...data, target: { kind, teamId: team.id } });
          if (kind === 'agent' && agent) set({ ...data, target: { kind, userId: agent.userId } });
        }}
        hint={
          loadError
            ? toUserMessage(
                teams.error ?? members.error,
                t`Les équipes et les agents n’ont pas pu être chargés.`,
              )
            : teams.isSuccess && teams.data.length === 0
              ? t`Aucune équipe pour l’instant : créez-en dans Paramètres › Équipes.`
              : undefined
        }
      />
      {target.kind === 'team' && (
        <NodeSelectField
          context={context}
          path="target.teamId"
          label={t`Équipe`}
          value={target.teamId}
          options={[
            ...(teams.data?.some((team) => team.id === target.teamId)
              ? []
              : [{ value: target.teamId, label: t`Équipe supprimée` }]),
            ...(teams.data ?? []).map((team) => ({ value: team.id, label: team.name })),
          ]}
          onChange={(teamId) => set({ ...data, target: { kind: 'team', teamId } })}
        />
      )}
      {target.kind === 'agent' && (
        <NodeSelectField
          context={context}
          path="target.userId"
          label={t`Agent`}
          value={target.userId}
          options={[
            ...(agents.some((agent) => agent.userId === target.userId)
              ? []
              : [{ value: target.userId, label: t`Agent retiré de l’organisation` }]),
            ...agents.map((agent) => ({ value: agent.userId, label: memberLabel(agent) })),
          ]}
          onChange={(userId) => set({ ...data, target: { kind: 'agent', userId } })}
        />
      )}
      <FormNote>
        <Trans>
          La conversation s’ouvre dans la boîte de réception avec l’historique du robot, qui cesse
          de répondre.
        </Trans>
      </FormNote>
    </>
  );
}

/** An example of a header name (a technical word, the same in every language). */
const AUTHORIZATION_HEADER = 'Authorization';

const methods = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

export function HttpForm({ node, context, set }: NodeFormProps<'http'>) {
  const { t } = useLingui();
  // Braces are the catalogue's placeholders: the example goes in as a value.
  const variableExample = variableToken('variable');
  const { data } = node;
  const takesBody = data.method !== 'GET' && data.method !== 'DELETE';

  return (
    <>
      <div className="grid grid-cols-[7rem_1fr] gap-2">
        <NodeSelectField
          context={context}
          path="method"
          label={t`Méthode`}
          value={data.method}
          options={methods.map((method) => ({ value: method, label: method }))}
          onChange={(method) => set({ ...data, method })}
        />
        <NodeTextField
          context={context}
          path="url"
          type="url"
          label={t`Adresse`}
          placeholder="https://"
          value={data.url}
          variables
          onChange={(url) => set({ ...data, url }, 'url')}
        />
      </div>
      <FormNote>
        <Trans>
          Une adresse https:// publique : les adresses locales ou privées sont refusées. Les
          variables insérées dans l’adresse y sont encodées.
        </Trans>
      </FormNote>
      <FormSection title={t`En-têtes`}>
        <ItemList
          context={context}
          path="headers"
          items={data.headers}
          itemTitle={(number) => t`En-tête ${number}`}
          onChange={(headers, fieldPath) => set({ ...data, headers }, fieldPath)}
          addLabel={t`Ajouter un en-tête`}
          limit={{ max: FLOW_BOUNDS.items, reason: t`Une requête compte 20 en-têtes au plus.` }}
          newItem={() => ({ name: '', value: '' })}
        >
          {(header, { path, update }) => (
            <>
              <NodeTextField
                context={context}
                path={`${path}.name`}
                label={t`Nom`}
                placeholder={AUTHORIZATION_HEADER}
                value={header.name}
                onChange={(name) => update({ ...header, name }, `${path}.name`)}
              />
              <NodeTextField
                context={context}
                path={`${path}.value`}
                label={t`Valeur`}
                value={header.value}
                variables
                onChange={(value) => update({ ...header, value }, `${path}.value`)}
              />
            </>
          )}
        </ItemList>
      </FormSection>
      {takesBody && (
        <NodeTextField
          context={context}
          path="body"
          label={t`Corps de la requête (JSON)`}
          multiline
          rows={5}
          value={data.body}
          variables
          onChange={(body) => set({ ...data, body }, 'body')}
        />
      )}
      <NodeSelectField
        context={context}
        path="timeoutMs"
        label={t`Délai d’attente`}
        value={String(data.timeoutMs)}
        options={[1, 2, 3, 5, 8, 10].map((seconds) => ({
          value: String(seconds * 1_000),
          label: t`${seconds} s`,
        }))}
        onChange={(value) => set({ ...data, timeoutMs: Number(value) })}
        hint={t`Sans réponse dans ce délai, le parcours suit la sortie « Échec ».`}
      />
      <FormSection title={t`Valeurs gardées de la réponse`}>
        <FormNote>
          <Trans>
            Un chemin dans la réponse JSON (data.statut) et la variable qui en garde la valeur, à
            réutiliser ensuite sous la forme {variableExample}.
          </Trans>
        </FormNote>
        <ItemList
          context={context}
          path="save"
          items={data.save}
          itemTitle={(number) => t`Valeur ${number}`}
          onChange={(save, fieldPath) => set({ ...data, save }, fieldPath)}
          addLabel={t`Garder une valeur`}
          limit={{ max: FLOW_BOUNDS.items, reason: t`Une requête garde 20 valeurs au plus.` }}
          newItem={() => ({ path: '', variable: '' })}
        >
          {(entry, { path, update }) => (
            <div className="grid gap-2 sm:grid-cols-2">
              <NodeTextField
                context={context}
                path={`${path}.path`}
                label={t`Chemin`}
                placeholder="data.statut"
                value={entry.path}
                onChange={(value) => update({ ...entry, path: value }, `${path}.path`)}
              />
              <NodeTextField
                context={context}
                path={`${path}.variable`}
                label={t`Variable`}
                value={entry.variable}
                onChange={(variable) => update({ ...entry, variable }, `${path}.variable`)}
              />
            </div>
          )}
        </ItemList>
      </FormSection>
    </>
  );
}
