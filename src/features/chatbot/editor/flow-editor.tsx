import { plural } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { useReactFlow } from '@xyflow/react';
import type { FlowNodeType } from '@shared/bot/flow.ts';
import type { FlowIssue } from '@shared/bot/flow-issues.ts';
import { validateFlow } from '@shared/bot/validate.ts';
import clsx from 'clsx';
import {
  lazy,
  Suspense,
  useCallback,
  useDeferredValue,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
  type Ref,
} from 'react';
import { BackLink } from '../../../components/ui/back-link';
import { Button } from '../../../components/ui/button';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { PageLoader } from '../../../components/ui/page-loader';
import { toast } from '../../../components/ui/toast-store';
import { toUserMessage } from '../../../lib/errors';
import { paths } from '../../../lib/paths';
import { useWorkspace } from '../../../lib/workspace';
import { useUnsavedChangesGuard } from '../../inbox-settings/hooks/use-unsaved-changes';
import type { EditedFlow } from '../flow-api';
import {
  useDraftAutosave,
  useOpenFlowStore,
  usePublishFlow,
  type SaveStatus,
} from '../hooks/use-flow';
import { useFlowStats } from '../hooks/use-flow-stats';
import { nodeTypeLabel } from '../node-labels';
import { FlowCanvas, type ViewportCentre } from './flow-canvas';
import { DEFAULT_NODE_SIZE } from './node-defaults';
import type { FlowStore } from './flow-store';
import { FlowStoreContext, useFlowEditor, useFlowStore } from './flow-store-context';
import { fieldDomId, outlineItemId } from './dom-ids';
import { IssuesPanel } from './issues-panel';
import { NodePanel } from './node-panel';
import { OutlineView } from './outline-view';
import { Palette } from './palette';
import { SummaryNamesContext, useHandoffTargets } from './summary-names';
import { useEditorShortcuts } from './use-editor-shortcuts';

// The shortcuts of use-editor-shortcuts.ts, as aria-keyshortcuts names them.
const UNDO_KEYS = 'Control+Z';
const REDO_KEYS = 'Control+Shift+Z Control+Y';
const COPY_KEYS = 'Control+C';
const PASTE_KEYS = 'Control+V';
const DUPLICATE_KEYS = 'Control+D';

// The side panel's other tabs come with their first opening: the editor opens without them.
const FlowSimulator = lazy(() =>
  import('../components/flow-simulator').then(({ FlowSimulator }) => ({ default: FlowSimulator })),
);
const FlowVersions = lazy(() =>
  import('../components/flow-versions').then(({ FlowVersions }) => ({ default: FlowVersions })),
);
const FlowStatsSummary = lazy(() =>
  import('../components/flow-stats-summary').then(({ FlowStatsSummary }) => ({
    default: FlowStatsSummary,
  })),
);

type Tab = 'step' | 'issues' | 'simulator' | 'versions' | 'stats';
type View = 'canvas' | 'outline';

/** Validates the draft as it changes (deferred while typing) into the store's live issues. */
function LiveValidation({ store }: { store: FlowStore }) {
  const doc = useFlowEditor((state) => state.doc);
  const deferred = useDeferredValue(doc);
  const issues = useMemo(() => validateFlow(deferred), [deferred]);
  useEffect(() => store.getState().setIssues(issues), [issues, store]);
  return null;
}

/** Entries and drop-offs per node, fetched while « Statistiques » is on. */
function LiveStats({ flowId, store, shown }: { flowId: string; store: FlowStore; shown: boolean }) {
  const stats = useFlowStats(flowId, { enabled: shown });
  const nodes = shown ? stats.data?.nodes : undefined;
  useEffect(() => store.getState().setStats(nodes ?? null), [nodes, store]);
  return null;
}

function SaveIndicator({
  status,
  onRetry,
  onLoadTheirs,
  onKeepMine,
}: {
  status: SaveStatus;
  onRetry: () => void;
  onLoadTheirs: () => void;
  onKeepMine: () => void;
}) {
  const { t } = useLingui();
  const label =
    status.state === 'saved'
      ? t`Enregistré`
      : status.state === 'saving'
        ? t`Enregistrement…`
        : status.state === 'pending'
          ? t`Modifications en attente…`
          : status.state === 'conflict'
            ? t`Un autre administrateur a modifié ce parcours pendant que vous l’éditiez.`
            : t`Non enregistré`;
  return (
    <div className="flex flex-wrap items-center gap-2">
      <p
        role="status"
        className={clsx(
          'text-sm',
          status.state === 'error' || status.state === 'conflict'
            ? 'font-semibold text-red-700'
            : 'text-slate-600',
        )}
      >
        {label}
      </p>
      {status.state === 'conflict' && (
        <>
          <Button variant="secondary" className="min-h-9 px-3" onClick={onLoadTheirs}>
            <Trans>Charger sa version</Trans>
          </Button>
          <Button variant="secondary" className="min-h-9 px-3" onClick={onKeepMine}>
            <Trans>Garder la mienne</Trans>
          </Button>
        </>
      )}
      {status.state === 'error' && (
        <>
          <p className="text-sm text-red-700">{status.message}</p>
          <Button variant="secondary" className="min-h-9 px-3" onClick={onRetry}>
            <Trans>Réessayer</Trans>
          </Button>
        </>
      )}
    </div>
  );
}

function ToolbarButton({
  onClick,
  disabled,
  pressed,
  label,
  shortcut,
  children,
}: {
  onClick: () => void;
  disabled?: boolean;
  pressed?: boolean;
  label?: string;
  shortcut?: string;
  children: ReactNode;
}) {
  return (
    <Button
      // A pressed toggle (the view shown, statistics on) reads as the primary colour.
      variant={pressed ? 'primary' : 'secondary'}
      className="min-h-9 px-3"
      onClick={onClick}
      disabled={disabled}
      aria-pressed={pressed}
      aria-label={label}
      aria-keyshortcuts={shortcut}
      title={label}
    >
      {children}
    </Button>
  );
}

/** The flow editor: toolbar, palette, canvas or outline, and the side panel. */
export function FlowEditor({ flow, canEdit }: { flow: EditedFlow; canEdit: boolean }) {
  const store = useOpenFlowStore(flow, !canEdit);
  return (
    <FlowStoreContext.Provider value={store}>
      <EditorBody flow={flow} canEdit={canEdit} store={store} />
    </FlowStoreContext.Provider>
  );
}

function EditorBody({
  flow,
  canEdit,
  store,
}: {
  flow: EditedFlow;
  canEdit: boolean;
  store: FlowStore;
}) {
  const { t } = useLingui();
  const { organization } = useWorkspace();
  const { names } = useHandoffTargets(organization.id);
  const { fitView, setCenter, getZoom } = useReactFlow();
  const root = useRef<HTMLDivElement>(null);
  const panelHeading = useRef<HTMLHeadingElement>(null);
  const issuesHeading = useRef<HTMLHeadingElement>(null);
  const viewportCentre = useRef<ViewportCentre | null>(null);
  const onViewportCentre = useCallback((centre: ViewportCentre | null) => {
    viewportCentre.current = centre;
  }, []);
  const tabsId = useId();
  const [view, setView] = useState<View>('canvas');
  const [tab, setTab] = useState<Tab>('step');
  const [showStats, setShowStats] = useState(false);
  const [serverIssues, setServerIssues] = useState<FlowIssue[]>([]);
  const [announcement, setAnnouncement] = useState('');
  const [leaving, setLeaving] = useState(false);
  const [loadingTheirs, setLoadingTheirs] = useState(false);

  const selectedNodes = useFlowEditor((state) => state.selectedNodes);
  const canUndo = useFlowEditor((state) => state.past.length > 0);
  const canRedo = useFlowEditor((state) => state.future.length > 0);
  const canCopy = useFlowEditor((state) =>
    state.doc.nodes.some((node) => node.type !== 'start' && state.selectedNodes.includes(node.id)),
  );
  const canPaste = useFlowEditor((state) => state.clipboard !== null);
  const issueCount = useFlowEditor((state) => state.issues.length);
  const hasStart = useFlowEditor((state) => state.doc.nodes.some((node) => node.type === 'start'));
  const doc = useFlowEditor((state) => (tab === 'simulator' ? state.doc : null));

  const {
    status,
    flush,
    loadTheirs,
    keepMine,
    publish: publishDraft,
    rollBack,
  } = useDraftAutosave(flow.id, store, canEdit);
  const flowName = flow.name;
  const publish = usePublishFlow(publishDraft);
  const blocker = useUnsavedChangesGuard(canEdit && status.state !== 'saved');

  // Leaving with changes not saved yet: they are saved first; the question is asked only when
  // the save fails.
  const savingToLeave = useRef(false);
  useEffect(() => {
    if (blocker.state !== 'blocked' || savingToLeave.current) return;
    savingToLeave.current = true;
    void flush().then((saved) => {
      savingToLeave.current = false;
      if (saved) blocker.proceed?.();
      else setLeaving(true);
    });
  }, [blocker, flush]);

  // Choosing a step on the canvas opens its settings, unless the simulator is being used.
  useEffect(
    () =>
      store.subscribe((state, previous) => {
        if (state.selectedNodes === previous.selectedNodes || state.selectedNodes.length === 0)
          return;
        setTab((current) => (current === 'simulator' ? current : 'step'));
      }),
    [store],
  );

  // The simulator's place on the canvas shows only while the simulator is open.
  useEffect(() => {
    if (tab !== 'simulator') store.getState().setHighlighted(null);
  }, [store, tab]);

  // The server's refusal speaks of the draft it was given: a change makes it stale.
  useEffect(
    () =>
      store.subscribe((state, previous) => {
        if (state.revision !== previous.revision)
          setServerIssues((current) => (current.length ? [] : current));
      }),
    [store],
  );

  const announce = useCallback((message: string) => setAnnouncement(message), []);
  useEditorShortcuts(store, root, {
    onCopied: useCallback(() => announce(t`Étapes copiées.`), [announce, t]),
    onPasted: useCallback(() => announce(t`Étapes collées.`), [announce, t]),
  });

  const focusLater = (focus: () => void) =>
    requestAnimationFrame(() => requestAnimationFrame(focus));

  const addNode = (type: FlowNodeType) => {
    const centre =
      view === 'canvas' && selectedNodes.length === 0 ? viewportCentre.current?.() : undefined;
    const id = store.getState().addNode(type, centre ? { position: centre } : {});
    if (!id) return;
    setTab('step');
    const label = nodeTypeLabel(type);
    announce(t`Étape « ${label} » ajoutée.`);
    if (view === 'outline') focusLater(() => document.getElementById(outlineItemId(id))?.focus());
    else {
      // The new step is shown where it landed, at the same zoom.
      const added = store.getState().doc.nodes.find((node) => node.id === id);
      if (added)
        void setCenter(
          added.position.x + DEFAULT_NODE_SIZE.width / 2,
          added.position.y + DEFAULT_NODE_SIZE.height / 2,
          {
            zoom: getZoom(),
            duration: 300,
          },
        );
    }
  };

  const editNode = (nodeId: string) => {
    store.getState().select([nodeId]);
    setTab('step');
    focusLater(() => panelHeading.current?.focus());
  };

  /** Selects the issue's step, shows it, and puts the focus on the field at fault. */
  const chooseIssue = (issue: FlowIssue) => {
    if (!issue.nodeId) return;
    const nodeId = issue.nodeId;
    store.getState().select([nodeId]);
    setTab('step');
    if (view === 'canvas') void fitView({ nodes: [{ id: nodeId }], duration: 300, maxZoom: 1 });
    focusLater(() => {
      const segments = issue.field ? issue.field.split('.') : [];
      // The field itself, else the item holding it (a button, a branch), else the step's heading.
      for (let length = segments.length; length > 0; length -= 1) {
        const element = document.getElementById(
          fieldDomId(nodeId, segments.slice(0, length).join('.')),
        );
        if (element) {
          element.focus();
          return;
        }
      }
      panelHeading.current?.focus();
    });
  };

  const showIssues = () => {
    setTab('issues');
    focusLater(() => issuesHeading.current?.focus());
  };

  const onPublish = async () => {
    const { doc: draft } = store.getState();
    const found = validateFlow(draft);
    if (found.length > 0) {
      toast.error(
        plural(found.length, {
          one: 'Un problème empêche la publication : corrigez-le d’abord.',
          other: '# problèmes empêchent la publication : corrigez-les d’abord.',
        }),
      );
      showIssues();
      return;
    }
    await flush();
    try {
      const outcome = await publish.mutateAsync(draft);
      if (!outcome.published) {
        setServerIssues(outcome.issues);
        toast.error(t`Le serveur a refusé la publication : corrigez les problèmes listés.`);
        showIssues();
        return;
      }
      const number = outcome.version.number;
      toast.success(t`Version ${number} publiée.`);
    } catch (error) {
      toast.error(toUserMessage(error, t`Le parcours n’a pas pu être publié.`));
    }
  };

  const layout = async () => {
    try {
      await store.getState().layout();
    } catch (error) {
      // The layout's code comes with its first use: a network failure says so.
      toast.error(toUserMessage(error, t`Le parcours n’a pas pu être réorganisé.`));
      return;
    }
    if (view === 'canvas') focusLater(() => void fitView({ duration: 300, maxZoom: 1 }));
    announce(t`Parcours réorganisé.`);
  };

  const tabs: { id: Tab; label: string }[] = [
    { id: 'step', label: t`Étape` },
    { id: 'issues', label: issueCount > 0 ? t`Problèmes (${issueCount})` : t`Problèmes` },
    { id: 'simulator', label: t`Tester` },
    { id: 'versions', label: t`Versions` },
    ...(showStats ? [{ id: 'stats' as const, label: t`Statistiques` }] : []),
  ];
  const onTabKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    const index = tabs.findIndex((candidate) => candidate.id === tab);
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const next = tabs[(index + step + tabs.length) % tabs.length];
    if (!next) return;
    setTab(next.id);
    document.getElementById(`${tabsId}-${next.id}`)?.focus();
  };

  return (
    <SummaryNamesContext.Provider value={names}>
      <LiveValidation store={store} />
      <LiveStats flowId={flow.id} store={store} shown={showStats} />
      <div ref={root} className="flex min-w-0 flex-col gap-3">
        <title>{t`${flowName} · Parcours · Chatbot · WCAP`}</title>
        <div className="flex flex-col gap-2">
          <BackLink to={paths.chatbotFlows}>
            <Trans>Tous les parcours</Trans>
          </BackLink>
          <div className="flex flex-wrap items-center justify-between gap-3">
            <div className="flex min-w-0 flex-col">
              <h1 className="truncate text-xl font-semibold text-slate-900">{flow.name}</h1>
              {canEdit ? (
                <SaveIndicator
                  status={status}
                  onRetry={() => void flush()}
                  onLoadTheirs={() => setLoadingTheirs(true)}
                  onKeepMine={() => void keepMine()}
                />
              ) : (
                <p className="text-sm text-slate-600">
                  <Trans>
                    Lecture seule : seuls les propriétaires et les administrateurs modifient les
                    parcours.
                  </Trans>
                </p>
              )}
            </div>
            {canEdit && (
              <Button
                onClick={() => void onPublish()}
                loading={publish.isPending}
                loadingText={t`Publication…`}
              >
                <Trans>Publier</Trans>
              </Button>
            )}
          </div>
          <div
            role="toolbar"
            aria-label={t`Outils de l’éditeur`}
            className="flex gap-2 max-sm:overflow-x-auto max-sm:pb-1 sm:flex-wrap"
          >
            {canEdit && (
              <>
                <ToolbarButton
                  onClick={() => store.getState().undo()}
                  disabled={!canUndo}
                  shortcut={UNDO_KEYS}
                >
                  {t({ message: 'Annuler', context: 'undo' })}
                </ToolbarButton>
                <ToolbarButton
                  onClick={() => store.getState().redo()}
                  disabled={!canRedo}
                  shortcut={REDO_KEYS}
                >
                  <Trans>Rétablir</Trans>
                </ToolbarButton>
                <ToolbarButton
                  onClick={() => {
                    if (store.getState().copy()) announce(t`Étapes copiées.`);
                  }}
                  disabled={!canCopy}
                  shortcut={COPY_KEYS}
                >
                  <Trans>Copier</Trans>
                </ToolbarButton>
                <ToolbarButton
                  onClick={() => {
                    store.getState().paste();
                    announce(t`Étapes collées.`);
                  }}
                  disabled={!canPaste}
                  shortcut={PASTE_KEYS}
                >
                  <Trans>Coller</Trans>
                </ToolbarButton>
                <ToolbarButton onClick={() => void layout()}>
                  <Trans>Réorganiser</Trans>
                </ToolbarButton>
              </>
            )}
            {view === 'canvas' && (
              <ToolbarButton onClick={() => void fitView({ duration: 300, maxZoom: 1 })}>
                <Trans>Tout afficher</Trans>
              </ToolbarButton>
            )}
            <div role="group" aria-label={t`Affichage`} className="flex gap-1">
              <ToolbarButton onClick={() => setView('canvas')} pressed={view === 'canvas'}>
                <Trans>Plan</Trans>
              </ToolbarButton>
              <ToolbarButton onClick={() => setView('outline')} pressed={view === 'outline'}>
                <Trans>Liste des étapes</Trans>
              </ToolbarButton>
            </div>
            <ToolbarButton
              onClick={() => {
                setShowStats(!showStats);
                if (!showStats) setTab('stats');
                else if (tab === 'stats') setTab('step');
              }}
              pressed={showStats}
            >
              <Trans>Statistiques</Trans>
            </ToolbarButton>
          </div>
        </div>

        <div
          className={clsx(
            'grid min-w-0 grid-cols-1 gap-3',
            canEdit
              ? 'lg:grid-cols-[11rem_minmax(0,1fr)_24rem]'
              : 'lg:grid-cols-[minmax(0,1fr)_24rem]',
          )}
        >
          {canEdit && (
            <div className="min-w-0 lg:max-h-[calc(100dvh-14rem)] lg:overflow-y-auto">
              <Palette onAdd={addNode} draggable={view === 'canvas'} includeStart={!hasStart} />
            </div>
          )}
          {view === 'canvas' ? (
            <div className="h-[60dvh] min-h-[22rem] overflow-hidden rounded-lg border border-slate-200 bg-white lg:h-[calc(100dvh-14rem)]">
              <FlowCanvas onViewportCentre={onViewportCentre} label={t`Plan du parcours`} />
            </div>
          ) : (
            <div className="min-w-0 lg:max-h-[calc(100dvh-14rem)] lg:overflow-y-auto">
              <OutlineView onEdit={editNode} />
            </div>
          )}
          <div className="flex min-w-0 flex-col gap-3 rounded-lg border border-slate-200 bg-white p-3 lg:max-h-[calc(100dvh-14rem)]">
            <div
              role="tablist"
              aria-label={t`Panneau latéral`}
              className="flex flex-wrap gap-1 border-b border-slate-200 pb-2"
            >
              {tabs.map((candidate) => (
                <button
                  key={candidate.id}
                  id={`${tabsId}-${candidate.id}`}
                  type="button"
                  role="tab"
                  aria-selected={tab === candidate.id}
                  aria-controls={`${tabsId}-panel`}
                  tabIndex={tab === candidate.id ? 0 : -1}
                  onClick={() => setTab(candidate.id)}
                  onKeyDown={onTabKeyDown}
                  className={clsx(
                    'min-h-9 rounded-md px-3 text-sm font-semibold',
                    tab === candidate.id
                      ? 'bg-brand-50 text-brand-900'
                      : 'text-slate-700 hover:bg-slate-100',
                  )}
                >
                  {candidate.label}
                </button>
              ))}
            </div>
            <div
              id={`${tabsId}-panel`}
              role="tabpanel"
              aria-labelledby={`${tabsId}-${tab}`}
              className="min-h-0 overflow-y-auto"
            >
              {tab === 'step' &&
                (selectedNodes.length === 1 && selectedNodes[0] ? (
                  <NodePanel
                    nodeId={selectedNodes[0]}
                    headingRef={panelHeading}
                    onDeleted={() => announce(t`Étape supprimée. Ctrl+Z l’annule.`)}
                  />
                ) : selectedNodes.length > 1 ? (
                  <SelectionPanel
                    count={selectedNodes.length}
                    canEdit={canEdit}
                    announce={announce}
                  />
                ) : (
                  <p className="text-sm text-slate-600">
                    {canEdit ? (
                      <Trans>
                        Choisissez une étape sur le plan ou dans la liste pour la régler, ou
                        ajoutez-en une depuis la palette.
                      </Trans>
                    ) : (
                      <Trans>
                        Choisissez une étape sur le plan ou dans la liste pour voir ses réglages.
                      </Trans>
                    )}
                  </p>
                ))}
              {tab === 'issues' && (
                <IssuesPanelFromStore
                  serverIssues={serverIssues}
                  onChoose={chooseIssue}
                  headingRef={issuesHeading}
                />
              )}
              <Suspense fallback={<PageLoader />}>
                {tab === 'simulator' && doc && (
                  <FlowSimulator
                    flowId={flow.id}
                    document={doc}
                    onCurrentNode={(nodeId) => store.getState().setHighlighted(nodeId)}
                  />
                )}
                {tab === 'versions' && (
                  <FlowVersions flowId={flow.id} canEdit={canEdit} rollBack={rollBack} />
                )}
                {tab === 'stats' && <FlowStatsSummary flowId={flow.id} />}
              </Suspense>
            </div>
          </div>
        </div>
        <p role="status" className="sr-only">
          {announcement}
        </p>
      </div>
      <ConfirmDialog
        open={leaving}
        onCancel={() => {
          setLeaving(false);
          blocker.reset?.();
        }}
        title={t`Quitter sans enregistrer ?`}
        description={t`Les dernières modifications du parcours n’ont pas pu être enregistrées : elles seront perdues.`}
        confirmLabel={t`Quitter sans enregistrer`}
        cancelLabel={t`Rester sur la page`}
        failureMessage={t`La page n’a pas pu être quittée.`}
        onConfirm={async () => {
          setLeaving(false);
          blocker.proceed?.();
        }}
      />
      <ConfirmDialog
        open={loadingTheirs}
        onCancel={() => setLoadingTheirs(false)}
        title={t`Charger la version de l’autre administrateur ?`}
        description={t`Elle remplace vos modifications non enregistrées. « Annuler » dans la barre d’outils vous les rend.`}
        confirmLabel={t`Charger sa version`}
        pendingLabel={t`Chargement…`}
        failureMessage={t`Sa version n’a pas pu être chargée.`}
        onConfirm={async () => {
          await loadTheirs();
          setLoadingTheirs(false);
          announce(t`Version de l’autre administrateur chargée.`);
        }}
      />
    </SummaryNamesContext.Provider>
  );
}

function IssuesPanelFromStore(props: {
  serverIssues: readonly FlowIssue[];
  onChoose: (issue: FlowIssue) => void;
  headingRef: Ref<HTMLHeadingElement>;
}) {
  const issues = useFlowEditor((state) => state.issues);
  return <IssuesPanel issues={issues} {...props} />;
}

/** Several steps selected: what can be done to them together. */
function SelectionPanel({
  count,
  canEdit,
  announce,
}: {
  count: number;
  canEdit: boolean;
  announce: (message: string) => void;
}) {
  const { t } = useLingui();
  const store = useFlowStore();
  return (
    <div className="flex flex-col gap-3">
      <h2 className="text-base font-semibold text-slate-900">
        {plural(count, { one: '# étape sélectionnée', other: '# étapes sélectionnées' })}
      </h2>
      {canEdit && (
        <div className="flex flex-wrap gap-2">
          <Button
            variant="secondary"
            onClick={() => {
              store.getState().duplicate();
              announce(t`Étapes dupliquées.`);
            }}
            aria-keyshortcuts={DUPLICATE_KEYS}
          >
            <Trans>Dupliquer</Trans>
          </Button>
          <Button
            variant="secondary"
            className="text-red-700"
            onClick={() => {
              const { selectedNodes, selectedEdges } = store.getState();
              store.getState().deleteElements(selectedNodes, selectedEdges);
              announce(t`Étapes supprimées. Ctrl+Z l’annule.`);
            }}
          >
            <Trans>Supprimer</Trans>
          </Button>
        </div>
      )}
    </div>
  );
}
