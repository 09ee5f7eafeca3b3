import { describe, expect, it } from 'vitest';
import type { HomeSummary } from './api';
import { setupSteps } from './setup-checklist';

const newOrganization: HomeSummary = {
  contacts: { subscribed: 0, unsubscribed: 0 },
  messagesThisMonth: 0,
  messagesQuota: 10_000,
  campaigns: { running: 0, scheduled: 0, launched: 0 },
  lastCampaign: null,
  templates: 0,
  members: 1,
  pendingInvitations: 0,
  mode: 'sandbox',
};

const byId = (steps: ReturnType<typeof setupSteps>) =>
  Object.fromEntries(steps.map((step) => [step.id, step]));

describe('setupSteps', () => {
  it('tells a new organisation that nothing is there yet, never that its templates are', () => {
    const steps = byId(setupSteps(newOrganization, 'owner'));
    expect(Object.values(steps).filter((step) => step.done)).toHaveLength(0);
    expect(steps.templates!.state).toBe('Aucun modèle pour l’instant.');
    expect(steps.contacts!.state).toBe('Aucun contact pour l’instant.');
    expect(steps.whatsapp!.state).toBe(
      'Bac à sable : les envois sont simulés, aucun message réel ne part.',
    );
    expect(steps.team!.state).toBe('Vous êtes seul dans l’organisation.');
    expect(steps.contacts!.action?.to).toBe('/contacts/import');
  });

  it('checks each step against the real figures, with plurals', () => {
    const steps = byId(
      setupSteps(
        {
          ...newOrganization,
          contacts: { subscribed: 1_502, unsubscribed: 1 },
          campaigns: { running: 1, scheduled: 0, launched: 1 },
          templates: 7,
          members: 3,
          pendingInvitations: 1,
          mode: 'live',
        },
        'owner',
      ),
    );
    expect(Object.values(steps).every((step) => step.done)).toBe(true);
    expect(steps.templates!.state).toBe('7 modèles disponibles.');
    expect(steps.contacts!.state).toBe('1\u202f503 contacts dans l’organisation.');
    expect(steps.campaign!.state).toBe('1 campagne lancée.');
    expect(steps.team!.state).toBe('3 membres, 1 invitation en attente.');
    expect(steps.whatsapp!.state).toBe('Relié : les messages partent vraiment.');
  });

  it('links only to what the role may do', () => {
    const steps = byId(setupSteps(newOrganization, 'agent'));
    expect(steps.whatsapp!.action).toBeUndefined();
    expect(steps.team!.action).toBeUndefined();
    expect(steps.contacts!.action?.to).toBe('/contacts');
    expect(steps.campaign!.action?.to).toBe('/campagnes');
  });
});
