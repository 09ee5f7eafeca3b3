import { isTenantChannel } from './channel';
import { objectId, watiCreated } from './ids';
import type { SandboxContact, SandboxTenant } from './tenant-state';

/** WhatsApp numbers: digits with the country code, no `+`. */
export const PHONE_NUMBER = /^\d{8,15}$/;
const OBJECT_ID = /^[0-9a-f]{24}$/i;

export function newContact(waId: string, name: string): SandboxContact {
  const now = new Date();
  return {
    id: objectId(),
    waId,
    name,
    created: now,
    lastUpdated: now,
    customParams: [],
    teams: [],
    conversationId: objectId(),
    ticketId: objectId(),
    lastInboundAt: null,
    assigneeEmail: null,
    conversationStatus: 'open',
    startedChatbotIds: [],
  };
}

/** Wati creates a contact on the first send or the first inbound message. */
export function ensureContact(tenant: SandboxTenant, waId: string, name?: string): SandboxContact {
  const existing = tenant.contacts.get(waId);
  if (existing) return existing;
  const contact = newContact(waId, name ?? waId);
  tenant.contacts.set(waId, contact);
  return contact;
}

/**
 * The WhatsApp number a V3 `target` designates: a PhoneNumber, `Channel:PhoneNumber` (the channel
 * being this tenant's, by name or number), or the id of a known contact or conversation. Null when
 * it designates nothing.
 */
export function phoneOfTarget(tenant: SandboxTenant, target: string): string | null {
  const separator = target.lastIndexOf(':');
  if (separator !== -1) {
    const channel = target.slice(0, separator);
    const phone = target.slice(separator + 1);
    return isTenantChannel(tenant, channel) && PHONE_NUMBER.test(phone) ? phone : null;
  }
  if (PHONE_NUMBER.test(target)) return target;
  if (OBJECT_ID.test(target)) {
    for (const contact of tenant.contacts.values()) {
      if (contact.id === target || contact.conversationId === target) return contact.waId;
    }
  }
  return null;
}

export function findContact(tenant: SandboxTenant, target: string): SandboxContact | undefined {
  const phone = phoneOfTarget(tenant, target);
  return phone === null ? undefined : tenant.contacts.get(phone);
}

/** The V3 `ContactDto`. */
export function contactDto(contact: SandboxContact) {
  return {
    id: contact.id,
    wa_id: contact.waId,
    name: contact.name,
    phone: contact.waId,
    display_name: contact.name,
    photo: null,
    created: watiCreated(contact.created),
    last_updated: watiCreated(contact.lastUpdated),
    contact_status: 'VALID',
    source: 'API',
    channel_id: null,
    channel_type: 'whatsapp',
    ig_phone_source: null,
    mg_phone_source: null,
    opted_in: true,
    allow_broadcast: true,
    allow_sms: true,
    is_broadcast_limit_reached: false,
    teams: [...contact.teams],
    segments: [],
    custom_params: contact.customParams.map(({ name, value }) => ({ name, value })),
    contact_link: {
      whats_app_contact_id: contact.id,
      instagram_contact_id: null,
      messenger_contact_id: null,
    },
    bsuid: null,
    parentBsuid: null,
    username: null,
  };
}

/** Sets the given attributes, keeping the others. */
export function mergeParams(
  contact: SandboxContact,
  params: Array<{ name: string; value: string }>,
): void {
  for (const { name, value } of params) {
    const existing = contact.customParams.find((param) => param.name === name);
    if (existing) existing.value = value;
    else contact.customParams.push({ name, value });
  }
  contact.lastUpdated = new Date();
}
