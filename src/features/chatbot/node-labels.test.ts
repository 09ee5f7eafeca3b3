import { FIXED_HANDLES, type FlowNode, type FlowNodeType } from '@shared/bot/flow.ts';
import { describe, expect, it } from 'vitest';
import { newNode } from './editor/node-defaults';
import {
  fixedOutletLabel,
  formatDuration,
  nodeName,
  nodeSummary,
  nodeTypeLabel,
  outletLabel,
  shorten,
  triggerLabel,
} from './node-labels';

const types = Object.keys(FIXED_HANDLES) as FlowNodeType[];
let counter = 0;
const blank = (type: FlowNodeType): FlowNode =>
  newNode(type, `n${type}`, { x: 0, y: 0 }, () => `item${++counter}`);

describe('node labels', () => {
  it('names every node type, each differently', () => {
    const labels = types.map(nodeTypeLabel);
    expect(labels.every((label) => label.length > 0)).toBe(true);
    expect(new Set(labels).size).toBe(types.length);
    expect(nodeTypeLabel('buttons')).toBe('Boutons');
    expect(nodeTypeLabel('handoff')).toBe('Transfert à un agent');
  });

  it('names every fixed outlet in French', () => {
    expect(fixedOutletLabel('no_match')).toBe('Pas de correspondance');
    expect(fixedOutletLabel('else')).toBe('Sinon');
    expect(fixedOutletLabel('success')).toBe('Réussite');
    expect(fixedOutletLabel('failure')).toBe('Échec');
    expect(fixedOutletLabel('invalid')).toBe('Invalide');
    expect(fixedOutletLabel('answered')).toBe('Répondu');
    const fixed = new Set(Object.values(FIXED_HANDLES).flat());
    for (const handle of fixed) expect(fixedOutletLabel(handle), handle).not.toBe(handle);
  });

  it('names item outlets by their titles, or by their rank while untitled', () => {
    const buttons: FlowNode = {
      id: 'b',
      type: 'buttons',
      position: { x: 0, y: 0 },
      data: {
        body: 'Alors ?',
        header: '',
        footer: '',
        buttons: [
          { id: 'yes', title: 'Oui' },
          { id: 'no', title: '  ' },
        ],
      },
    };
    expect(outletLabel(buttons, 'yes')).toBe('Oui');
    expect(outletLabel(buttons, 'no')).toBe('Bouton 2');
    expect(outletLabel(buttons, 'no_match')).toBe('Pas de correspondance');
    const condition = blank('condition');
    const branch = condition.type === 'condition' ? condition.data.branches[0]?.id : undefined;
    expect(outletLabel(condition, branch as string)).toBe('Branche 1');
  });

  it('summarises what each node does, empty while nothing is filled in', () => {
    for (const type of types) expect(typeof nodeSummary(blank(type))).toBe('string');
    expect(nodeSummary(blank('message'))).toBe('');
    expect(nodeSummary(blank('wait'))).toBe('1 min');
    expect(nodeSummary(blank('handoff'))).toBe('Selon la répartition de la boîte de réception');
    const handoff: FlowNode = {
      id: 'h',
      type: 'handoff',
      position: { x: 0, y: 0 },
      data: {
        message: '',
        target: { kind: 'team', teamId: '00000000-0000-4000-8000-000000000001' },
      },
    };
    expect(nodeSummary(handoff, { teamName: () => 'Support' })).toBe('À l’équipe Support');
    expect(nodeSummary(handoff)).toBe('À l’équipe équipe supprimée');
  });

  it('names a node by its type and the start of its summary', () => {
    const message: FlowNode = {
      id: 'm',
      type: 'message',
      position: { x: 0, y: 0 },
      data: {
        text: 'Bonjour {{first_name}}, bienvenue à la CNSA. Que puis-je faire pour vous ?',
        media: null,
      },
    };
    expect(nodeName(message)).toBe('Message : Bonjour {{first_name}}, bienvenue à la…');
    expect(nodeName(blank('faq'))).toBe('Réponse FAQ : Répond au message reçu depuis la FAQ');
    expect(nodeName(blank('end'))).toBe('Fin : Termine le parcours');
  });

  it('reads triggers', () => {
    expect(triggerLabel({ kind: 'keyword', mode: 'exact', keywords: ['menu', ' ', 'aide'] })).toBe(
      'Mots-clés : « menu », « aide »',
    );
    expect(triggerLabel({ kind: 'keyword', mode: 'exact', keywords: [] })).toBe(
      'Mots-clés : aucun pour l’instant',
    );
    expect(triggerLabel({ kind: 'first_message' })).toBe('Premier message du contact');
  });

  it('shortens in code points and writes durations', () => {
    expect(shorten('ab🔁cd', 4)).toBe('ab🔁…');
    expect(shorten('  un\n deux  ')).toBe('un deux');
    expect(formatDuration(45)).toBe('45 s');
    expect(formatDuration(3_600 + 30 * 60)).toBe('1 h 30 min');
    expect(formatDuration(86_400)).toBe('1 j');
  });
});
