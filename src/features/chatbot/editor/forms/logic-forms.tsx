import { Trans, useLingui } from '@lingui/react/macro';
import type { Rule, SetAction, Trigger } from '@shared/bot/flow.ts';
import { WHATSAPP_LIMITS } from '@shared/bot/validate.ts';
import { FLOW_BOUNDS } from '@shared/bot/flow.ts';
import { useId, useMemo } from 'react';
import { useWorkspace } from '../../../../lib/workspace';
import { useCampaigns } from '../../../campaigns/hooks/use-campaigns';
import { useAttributeKeys } from '../../../inbox-settings/hooks/use-canned-responses';
import {
  answerTypeLabel,
  comparisonLabel,
  comparisonTakesValue,
  formatDuration,
  keywordModeLabel,
  nodeName,
  ruleKindLabel,
  setActionKindLabel,
  triggerKindLabel,
  weekdayLabel,
  type AnswerType,
  type Comparison,
} from '../../node-labels';
import { useFlowEditor } from '../flow-store-context';
import { useSummaryNames } from '../summary-names';
import { variableToken } from './variables';
import {
  AddItemButton,
  FormNote,
  FormSection,
  ItemList,
  NodeCheckbox,
  NodeNumberField,
  NodeSelectField,
  NodeTextField,
} from './form-controls';
import {
  fieldError,
  removeAt,
  replaceAt,
  useNewItemId,
  type FormContext,
  type NodeFormProps,
} from './form-helpers';
import { fieldDomId } from '../dom-ids';

// Forms of the nodes that start, ask, decide and steer: start, question, condition, contact
// actions, wait, jump and end.

/** A datalist of the contacts' attribute names, for the fields that name one. */
function AttributeNames({ id }: { id: string }) {
  const { organization } = useWorkspace();
  const keys = useAttributeKeys(organization.id, true);
  return (
    <datalist id={id}>
      {(keys.data ?? []).map((key) => (
        <option key={key} value={key} />
      ))}
    </datalist>
  );
}

const triggerKinds: readonly Trigger['kind'][] = [
  'keyword',
  'any_message',
  'first_message',
  'campaign_reply',
  'outside_office_hours',
];

function newTrigger(kind: Trigger['kind']): Trigger {
  switch (kind) {
    case 'keyword':
      return { kind, mode: 'contains', keywords: [] };
    case 'campaign_reply':
      return { kind, campaignId: null };
    default:
      return { kind };
  }
}

export function StartForm({ node, context, set }: NodeFormProps<'start'>) {
  const { t } = useLingui();
  const { organization } = useWorkspace();
  const { data } = node;
  const needsCampaigns = data.triggers.some((trigger) => trigger.kind === 'campaign_reply');
  const campaigns = useCampaigns(organization.id);

  return (
    <FormSection title={t`Ce qui lance le parcours`}>
      <FormNote>
        <Trans>
          Le parcours démarre dès qu’un message répond à l’un de ces déclencheurs. Les mots-clés se
          comparent sans tenir compte des accents, des majuscules ni de la ponctuation.
        </Trans>
      </FormNote>
      <ItemList
        context={context}
        path="triggers"
        items={data.triggers}
        itemTitle={(number) => t`Déclencheur ${number}`}
        onChange={(triggers, fieldPath) => set({ triggers }, fieldPath)}
        addLabel={t`Ajouter un déclencheur`}
        limit={{ max: FLOW_BOUNDS.items, reason: t`Un parcours compte 20 déclencheurs au plus.` }}
        newItem={() => newTrigger('keyword')}
      >
        {(trigger, { path, update }) => (
          <>
            <NodeSelectField
              context={context}
              path={`${path}.kind`}
              label={t`Type`}
              value={trigger.kind}
              options={triggerKinds.map((kind) => ({ value: kind, label: triggerKindLabel(kind) }))}
              onChange={(kind) => update(newTrigger(kind))}
            />
            {trigger.kind === 'keyword' && (
              <>
                <NodeSelectField
                  context={context}
                  path={`${path}.mode`}
                  label={t`Comparaison`}
                  value={trigger.mode}
                  options={(['exact', 'contains', 'fuzzy'] as const).map((mode) => ({
                    value: mode,
                    label: keywordModeLabel(mode),
                  }))}
                  onChange={(mode) => update({ ...trigger, mode })}
                />
                <div
                  id={fieldDomId(node.id, `${path}.keywords`)}
                  tabIndex={-1}
                  className="flex flex-col gap-2"
                >
                  {fieldError(context, `${path}.keywords`) && (
                    <p className="text-sm text-red-700">
                      {fieldError(context, `${path}.keywords`)}
                    </p>
                  )}
                  {trigger.keywords.map((keyword, keywordIndex) => {
                    const keywordPath = `${path}.keywords.${keywordIndex}`;
                    const keywordNumber = keywordIndex + 1;
                    const keywordTitle = t`Mot-clé ${keywordNumber}`;
                    return (
                      <div key={keywordIndex} className="flex items-end gap-2">
                        <NodeTextField
                          context={context}
                          path={keywordPath}
                          label={keywordTitle}
                          value={keyword}
                          className="flex-1"
                          onChange={(value) =>
                            update(
                              {
                                ...trigger,
                                keywords: replaceAt(trigger.keywords, keywordIndex, value),
                              },
                              keywordPath,
                            )
                          }
                        />
                        <button
                          type="button"
                          className="mb-0.5 inline-flex min-h-10 items-center rounded-md px-3 text-red-700 hover:bg-red-50"
                          aria-label={t`Supprimer : ${keywordTitle}`}
                          onClick={() =>
                            update({
                              ...trigger,
                              keywords: removeAt(trigger.keywords, keywordIndex),
                            })
                          }
                        >
                          <span aria-hidden="true">✕</span>
                        </button>
                      </div>
                    );
                  })}
                  <AddItemButton
                    label={t`Ajouter un mot-clé`}
                    disabledReason={
                      trigger.keywords.length >= FLOW_BOUNDS.keywords
                        ? t`Un déclencheur compte 50 mots-clés au plus.`
                        : undefined
                    }
                    onAdd={() => update({ ...trigger, keywords: [...trigger.keywords, ''] })}
                  />
                </div>
              </>
            )}
            {trigger.kind === 'campaign_reply' && (
              <NodeSelectField
                context={context}
                path={`${path}.campaignId`}
                label={t`Campagne`}
                value={trigger.campaignId ?? ''}
                hint={
                  needsCampaigns && campaigns.isError
                    ? t`La liste des campagnes n’a pas pu être chargée.`
                    : undefined
                }
                options={[
                  { value: '', label: t`N’importe quelle campagne` },
                  ...(campaigns.data ?? []).map((campaign) => ({
                    value: campaign.id,
                    label: campaign.name,
                  })),
                ]}
                onChange={(campaignId) => update({ ...trigger, campaignId: campaignId || null })}
              />
            )}
          </>
        )}
      </ItemList>
    </FormSection>
  );
}

/** Six digits, as a regular expression (its braces cannot sit in a catalogue's message). */
const PATTERN_EXAMPLE = '^[0-9]{6}$';

const answerTypes: readonly AnswerType[] = ['text', 'number', 'date', 'email', 'phone', 'yes_no'];

export function AskForm({ node, context, set }: NodeFormProps<'ask'>) {
  const { t } = useLingui();
  // Braces are the catalogue's placeholders: the example goes in as a value.
  const nameExample = variableToken(t`nom`);
  const patternExample = PATTERN_EXAMPLE;
  const { data } = node;
  const attributesId = useId();
  return (
    <>
      <NodeTextField
        context={context}
        path="prompt"
        label={t`Question posée`}
        multiline
        rows={4}
        limit={WHATSAPP_LIMITS.text}
        value={data.prompt}
        variables
        onChange={(prompt) => set({ ...data, prompt }, 'prompt')}
      />
      <NodeSelectField
        context={context}
        path="answerType"
        label={t`Réponse attendue`}
        value={data.answerType}
        options={answerTypes.map((type) => ({ value: type, label: answerTypeLabel(type) }))}
        onChange={(answerType) => set({ ...data, answerType })}
      />
      {data.answerType === 'text' && (
        <NodeTextField
          context={context}
          path="pattern"
          label={t`Format imposé (facultatif)`}
          hint={t`Une expression régulière que la réponse doit suivre, par exemple ${patternExample} pour 6 chiffres.`}
          value={data.pattern}
          onChange={(pattern) => set({ ...data, pattern }, 'pattern')}
        />
      )}
      <FormSection title={t`Où garder la réponse`}>
        <NodeSelectField
          context={context}
          path="target.scope"
          label={t`Dans`}
          value={data.target.scope}
          options={[
            { value: 'attribute', label: t`Un attribut du contact (gardé pour la suite)` },
            { value: 'variable', label: t`Une variable du parcours (le temps de la conversation)` },
          ]}
          onChange={(scope) => set({ ...data, target: { ...data.target, scope } })}
        />
        <NodeTextField
          context={context}
          path="target.name"
          label={data.target.scope === 'attribute' ? t`Nom de l’attribut` : t`Nom de la variable`}
          hint={t`Réutilisable ensuite dans les messages sous la forme ${nameExample}.`}
          list={data.target.scope === 'attribute' ? attributesId : undefined}
          value={data.target.name}
          onChange={(name) => set({ ...data, target: { ...data.target, name } }, 'target.name')}
        />
        {data.target.scope === 'attribute' && <AttributeNames id={attributesId} />}
      </FormSection>
      <FormSection title={t`Réponse non valable`}>
        <NodeTextField
          context={context}
          path="retryMessage"
          label={t`Message pour redemander (facultatif)`}
          multiline
          limit={WHATSAPP_LIMITS.text}
          value={data.retryMessage}
          variables
          onChange={(retryMessage) => set({ ...data, retryMessage }, 'retryMessage')}
        />
        <NodeNumberField
          context={context}
          path="maxRetries"
          label={t`Nouvelles tentatives`}
          min={0}
          max={10}
          value={data.maxRetries}
          hint={t`Après la dernière, le parcours suit la sortie « Invalide ».`}
          onChange={(maxRetries) => set({ ...data, maxRetries }, 'maxRetries')}
        />
      </FormSection>
    </>
  );
}

const comparisons: readonly Comparison[] = [
  'equals',
  'not_equals',
  'contains',
  'not_contains',
  'is_set',
  'is_empty',
  'greater_than',
  'less_than',
];
const ruleKinds: readonly Rule['kind'][] = ['attribute', 'variable', 'tag', 'time', 'office_hours'];

function newRule(kind: Rule['kind']): Rule {
  switch (kind) {
    case 'attribute':
    case 'variable':
      return { kind, name: '', operator: 'equals', value: '' };
    case 'tag':
      return { kind, operator: 'has', tag: '' };
    case 'time':
      return { kind, from: '08:00', to: '17:00', days: [1, 2, 3, 4, 5] };
    case 'office_hours':
      return { kind, operator: 'open' };
  }
}

function RuleFields({
  context,
  path,
  rule,
  onChange,
  attributesId,
}: {
  context: FormContext;
  path: string;
  rule: Rule;
  onChange: (rule: Rule, path?: string) => void;
  attributesId: string;
}) {
  const { t } = useLingui();
  const daysId = useId();
  return (
    <>
      <NodeSelectField
        context={context}
        path={`${path}.kind`}
        label={t`Ce qui est testé`}
        value={rule.kind}
        options={ruleKinds.map((kind) => ({ value: kind, label: ruleKindLabel(kind) }))}
        onChange={(kind) => onChange(newRule(kind))}
      />
      {(rule.kind === 'attribute' || rule.kind === 'variable') && (
        <>
          <NodeTextField
            context={context}
            path={`${path}.name`}
            label={rule.kind === 'attribute' ? t`Nom de l’attribut` : t`Nom de la variable`}
            list={rule.kind === 'attribute' ? attributesId : undefined}
            value={rule.name}
            onChange={(name) => onChange({ ...rule, name }, `${path}.name`)}
          />
          <NodeSelectField
            context={context}
            path={`${path}.operator`}
            label={t`Comparaison`}
            value={rule.operator}
            options={comparisons.map((operator) => ({
              value: operator,
              label: comparisonLabel(operator),
            }))}
            onChange={(operator) => onChange({ ...rule, operator })}
          />
          {comparisonTakesValue(rule.operator) && (
            <NodeTextField
              context={context}
              path={`${path}.value`}
              label={t`Valeur`}
              value={rule.value}
              onChange={(value) => onChange({ ...rule, value }, `${path}.value`)}
            />
          )}
        </>
      )}
      {rule.kind === 'tag' && (
        <>
          <NodeSelectField
            context={context}
            path={`${path}.operator`}
            label={t`Le contact`}
            value={rule.operator}
            options={[
              { value: 'has', label: t`porte l’étiquette` },
              { value: 'lacks', label: t`ne porte pas l’étiquette` },
            ]}
            onChange={(operator) => onChange({ ...rule, operator })}
          />
          <NodeTextField
            context={context}
            path={`${path}.tag`}
            label={t`Étiquette`}
            value={rule.tag}
            onChange={(tag) => onChange({ ...rule, tag }, `${path}.tag`)}
          />
        </>
      )}
      {rule.kind === 'time' && (
        <>
          <div className="grid grid-cols-2 gap-2">
            <NodeTextField
              context={context}
              path={`${path}.from`}
              type="time"
              label={t`De`}
              value={rule.from}
              onChange={(from) => onChange({ ...rule, from }, `${path}.from`)}
            />
            <NodeTextField
              context={context}
              path={`${path}.to`}
              type="time"
              label={t`À`}
              value={rule.to}
              onChange={(to) => onChange({ ...rule, to }, `${path}.to`)}
            />
          </div>
          <fieldset
            id={fieldDomId(context.node.id, `${path}.days`)}
            tabIndex={-1}
            className="flex flex-col gap-1"
            aria-describedby={daysId}
          >
            <legend className="text-sm font-medium text-slate-800">{t`Jours`}</legend>
            <div className="flex flex-wrap gap-x-3 gap-y-1">
              {[1, 2, 3, 4, 5, 6, 0].map((day) => (
                <label key={day} className="flex items-center gap-1 text-sm">
                  <input
                    type="checkbox"
                    className="nodrag size-4 accent-brand-700"
                    checked={rule.days.includes(day)}
                    onChange={(event) =>
                      onChange({
                        ...rule,
                        days: event.target.checked
                          ? [...rule.days, day].sort((a, b) => a - b)
                          : rule.days.filter((other) => other !== day),
                      })
                    }
                  />
                  {weekdayLabel(day)}
                </label>
              ))}
            </div>
            <p id={daysId} className="text-sm text-slate-600">
              <Trans>À l’heure du fuseau de l’organisation ; une plage peut passer minuit.</Trans>
            </p>
          </fieldset>
        </>
      )}
      {rule.kind === 'office_hours' && (
        <NodeSelectField
          context={context}
          path={`${path}.operator`}
          label={t`Moment`}
          value={rule.operator}
          options={[
            { value: 'open', label: t`Pendant les heures d’ouverture` },
            { value: 'closed', label: t`Hors des heures d’ouverture` },
          ]}
          onChange={(operator) => onChange({ ...rule, operator })}
        />
      )}
    </>
  );
}

export function ConditionForm({ node, context, set }: NodeFormProps<'condition'>) {
  const { t } = useLingui();
  const { data } = node;
  const newItemId = useNewItemId();
  const attributesId = useId();

  return (
    <FormSection title={t`Branches`}>
      <FormNote>
        <Trans>
          Les branches sont essayées dans l’ordre : la première dont les règles tiennent l’emporte ;
          sinon, le parcours suit la sortie « Sinon ».
        </Trans>
      </FormNote>
      <AttributeNames id={attributesId} />
      <ItemList
        context={context}
        path="branches"
        items={data.branches}
        itemKey={(branch) => branch.id}
        itemTitle={(number) => t`Branche ${number}`}
        onChange={(branches, fieldPath) => set({ branches }, fieldPath)}
        addLabel={t`Ajouter une branche`}
        limit={{ max: FLOW_BOUNDS.items, reason: t`Une condition compte 20 branches au plus.` }}
        newItem={() => ({
          id: newItemId(),
          label: '',
          match: 'all' as const,
          rules: [newRule('attribute')],
        })}
      >
        {(branch, { number, path, update: updateBranch }) => (
          <>
            <NodeTextField
              context={context}
              path={`${path}.label`}
              label={t`Nom de la branche (facultatif)`}
              value={branch.label}
              onChange={(label) => updateBranch({ ...branch, label }, `${path}.label`)}
            />
            <NodeSelectField
              context={context}
              path={`${path}.match`}
              label={t`La branche est suivie quand`}
              value={branch.match}
              options={[
                { value: 'all', label: t`toutes les règles tiennent` },
                { value: 'any', label: t`au moins une règle tient` },
              ]}
              onChange={(match) => updateBranch({ ...branch, match })}
            />
            <ItemList
              context={context}
              path={`${path}.rules`}
              items={branch.rules}
              itemTitle={(ruleNumber) => t`Règle ${ruleNumber} de la branche ${number}`}
              onChange={(rules, fieldPath) => updateBranch({ ...branch, rules }, fieldPath)}
              addLabel={t`Ajouter une règle`}
              limit={{ max: FLOW_BOUNDS.rules, reason: t`Une branche compte 20 règles au plus.` }}
              newItem={() => newRule('attribute')}
            >
              {(rule, { path: rulePath, update }) => (
                <RuleFields
                  context={context}
                  path={rulePath}
                  rule={rule}
                  attributesId={attributesId}
                  onChange={update}
                />
              )}
            </ItemList>
          </>
        )}
      </ItemList>
    </FormSection>
  );
}

const actionKinds: readonly SetAction['kind'][] = [
  'set_attribute',
  'clear_attribute',
  'set_variable',
  'add_tag',
  'remove_tag',
  'unsubscribe',
];

function newAction(kind: SetAction['kind']): SetAction {
  switch (kind) {
    case 'set_attribute':
    case 'set_variable':
      return { kind, name: '', value: '' };
    case 'clear_attribute':
      return { kind, name: '' };
    case 'add_tag':
    case 'remove_tag':
      return { kind, tag: '' };
    case 'unsubscribe':
      return { kind };
  }
}

export function SetForm({ node, context, set }: NodeFormProps<'set'>) {
  const { t } = useLingui();
  const { data } = node;
  const attributesId = useId();

  return (
    <FormSection title={t`Actions, dans l’ordre`}>
      <AttributeNames id={attributesId} />
      <ItemList
        context={context}
        path="actions"
        items={data.actions}
        itemTitle={(number) => t`Action ${number}`}
        onChange={(actions, fieldPath) => set({ actions }, fieldPath)}
        addLabel={t`Ajouter une action`}
        limit={{ max: FLOW_BOUNDS.items, reason: t`Une étape compte 20 actions au plus.` }}
        newItem={() => newAction('add_tag')}
      >
        {(action, { path, update }) => (
          <>
            <NodeSelectField
              context={context}
              path={`${path}.kind`}
              label={t`Action`}
              value={action.kind}
              options={actionKinds.map((kind) => ({
                value: kind,
                label: setActionKindLabel(kind),
              }))}
              onChange={(kind) => update(newAction(kind))}
            />
            {(action.kind === 'set_attribute' ||
              action.kind === 'clear_attribute' ||
              action.kind === 'set_variable') && (
              <NodeTextField
                context={context}
                path={`${path}.name`}
                label={
                  action.kind === 'set_variable' ? t`Nom de la variable` : t`Nom de l’attribut`
                }
                list={action.kind === 'set_variable' ? undefined : attributesId}
                value={action.name}
                onChange={(name) => update({ ...action, name }, `${path}.name`)}
              />
            )}
            {(action.kind === 'set_attribute' || action.kind === 'set_variable') && (
              <NodeTextField
                context={context}
                path={`${path}.value`}
                label={t`Valeur`}
                value={action.value}
                variables
                onChange={(value) => update({ ...action, value }, `${path}.value`)}
              />
            )}
            {(action.kind === 'add_tag' || action.kind === 'remove_tag') && (
              <NodeTextField
                context={context}
                path={`${path}.tag`}
                label={t`Étiquette`}
                value={action.tag}
                onChange={(tag) => update({ ...action, tag }, `${path}.tag`)}
              />
            )}
            {action.kind === 'unsubscribe' && (
              <FormNote>
                <Trans>Le contact ne recevra plus de campagnes, comme s’il avait écrit STOP.</Trans>
              </FormNote>
            )}
          </>
        )}
      </ItemList>
    </FormSection>
  );
}

const durationUnits = [
  { seconds: 1, key: 'seconds' },
  { seconds: 60, key: 'minutes' },
  { seconds: 3_600, key: 'hours' },
] as const;

export function WaitForm({ node, context, set }: NodeFormProps<'wait'>) {
  const { t } = useLingui();
  const { seconds } = node.data;
  const unit =
    [...durationUnits].reverse().find((candidate) => seconds % candidate.seconds === 0) ??
    durationUnits[0];
  const unitLabels = { seconds: t`secondes`, minutes: t`minutes`, hours: t`heures` };
  // Within the 24-hour window the contact's last message opened (validate.ts checks the same).
  const max = WHATSAPP_LIMITS.waitSeconds;
  const duration = formatDuration(seconds);
  return (
    <>
      <div className="flex flex-wrap items-end gap-2">
        <NodeNumberField
          context={context}
          path="seconds"
          label={t`Durée`}
          min={1}
          max={Math.floor(max / unit.seconds)}
          value={seconds / unit.seconds}
          onChange={(value) => set({ seconds: Math.min(max, value * unit.seconds) }, 'seconds')}
        />
        <NodeSelectField
          context={context}
          path="seconds-unit"
          label={t`Unité`}
          className="w-40"
          value={unit.key}
          options={durationUnits.map((candidate) => ({
            value: candidate.key,
            label: unitLabels[candidate.key],
          }))}
          onChange={(key) => {
            const next =
              durationUnits.find((candidate) => candidate.key === key) ?? durationUnits[0];
            const amount = Math.max(1, Math.round(seconds / unit.seconds));
            set({ seconds: Math.min(max, amount * next.seconds) });
          }}
        />
      </div>
      <FormNote>
        <Trans>
          Le parcours reprend seul après {duration}. Une attente dure au plus 23 heures, pour rester
          dans la fenêtre de 24 heures de WhatsApp.
        </Trans>
      </FormNote>
    </>
  );
}

export function JumpForm({ node, context, set }: NodeFormProps<'jump'>) {
  const { t } = useLingui();
  const names = useSummaryNames();
  const nodes = useFlowEditor((state) => state.doc.nodes);
  const targets = useMemo(
    () =>
      nodes
        .filter((candidate) => candidate.id !== node.id && candidate.type !== 'start')
        .map((candidate) => ({ value: candidate.id, label: nodeName(candidate, names) })),
    [nodes, node.id, names],
  );
  return (
    <>
      <NodeSelectField
        context={context}
        path="targetId"
        label={t`Reprendre à l’étape`}
        value={node.data.targetId}
        options={[{ value: '', label: t`Choisir une étape…` }, ...targets]}
        onChange={(targetId) => set({ ...node.data, targetId })}
      />
      <NodeNumberField
        context={context}
        path="maxTimes"
        label={t`Nombre de passages au plus`}
        min={1}
        max={20}
        value={node.data.maxTimes}
        hint={t`Protège des boucles sans fin : au-delà, le parcours suit la sortie « Limite atteinte ».`}
        onChange={(maxTimes) => set({ ...node.data, maxTimes }, 'maxTimes')}
      />
    </>
  );
}

export function EndForm({ node, context, set }: NodeFormProps<'end'>) {
  const { t } = useLingui();
  const { data } = node;
  return (
    <>
      <NodeTextField
        context={context}
        path="message"
        label={t`Dernier message (facultatif)`}
        multiline
        limit={WHATSAPP_LIMITS.text}
        value={data.message}
        variables
        onChange={(message) => set({ ...data, message }, 'message')}
      />
      <NodeCheckbox
        label={t`Clore la conversation`}
        hint={t`Sinon, elle reste dans la boîte de réception.`}
        checked={data.resolve}
        onChange={(resolve) => set({ ...data, resolve })}
      />
    </>
  );
}
