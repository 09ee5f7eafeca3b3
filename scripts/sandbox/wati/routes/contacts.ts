import { contactDto, findContact, mergeParams, newContact, PHONE_NUMBER } from '../contacts';
import { ok, v3Error } from '../http-answers';
import { proPlanRequired } from '../plan';
import { isAnswer, objectBody, pageOf, requiredString, v3Page } from '../request-fields';
import type { ApiRoute } from '../router';
import { readNameValues } from '../template-params';

// Wati allows 10 calls per 10 s on its contact endpoints, whatever the plan (reference §10.1).
export const CONTACT_REQUESTS_PER_10S = 10;

export const contactRoutes: ApiRoute[] = [
  {
    method: 'GET',
    path: '/api/ext/v3/contacts',
    name: 'listContacts',
    requestsPer10s: CONTACT_REQUESTS_PER_10S,
    handle({ tenant, query }) {
      const page = v3Page(query);
      if (isAnswer(page)) return page.answer;
      const contacts = pageOf([...tenant.contacts.values()], page.value);
      // No total here: Wati has `/contacts/count` for that.
      return ok({
        contact_list: contacts.map(contactDto),
        page_number: page.value.number,
        page_size: page.value.size,
      });
    },
  },
  {
    method: 'GET',
    path: '/api/ext/v3/contacts/:target',
    name: 'getContact',
    requestsPer10s: CONTACT_REQUESTS_PER_10S,
    handle({ tenant, params }) {
      const contact = findContact(tenant, params.target ?? '');
      return contact ? ok(contactDto(contact)) : v3Error(404, 'Contact not found.');
    },
  },
  {
    method: 'POST',
    path: '/api/ext/v3/contacts',
    name: 'addContact',
    requestsPer10s: CONTACT_REQUESTS_PER_10S,
    handle({ tenant, body }) {
      const fields = objectBody(body);
      if (isAnswer(fields)) return fields.answer;
      const number = requiredString(fields.value, 'whatsapp_number');
      if (isAnswer(number)) return number.answer;
      const name = requiredString(fields.value, 'name');
      if (isAnswer(name)) return name.answer;
      const params = readNameValues(fields.value.custom_params);
      if (params === null) return v3Error(400, 'custom_params must be a list of {name, value}.');
      if (!PHONE_NUMBER.test(number.value)) return v3Error(400, 'Invalid WhatsApp number.');
      if (tenant.contacts.has(number.value)) {
        return v3Error(400, 'A contact with this WhatsApp number already exists.');
      }
      const contact = newContact(number.value, name.value);
      mergeParams(contact, params);
      tenant.contacts.set(contact.waId, contact);
      return ok(contactDto(contact));
    },
  },
  {
    method: 'PUT',
    path: '/api/ext/v3/contacts',
    name: 'updateContacts',
    requestsPer10s: CONTACT_REQUESTS_PER_10S,
    handle({ tenant, body }) {
      const fields = objectBody(body);
      if (isAnswer(fields)) return fields.answer;
      const { contacts } = fields.value;
      if (!Array.isArray(contacts) || contacts.length === 0) {
        return v3Error(400, 'The contacts field must be a non-empty list.');
      }
      const updates = [];
      for (const [index, item] of contacts.entries()) {
        const entry = objectBody(item);
        if (isAnswer(entry)) return v3Error(400, `contacts[${index}] must be an object.`);
        const target = requiredString(entry.value, 'target');
        if (isAnswer(target))
          return v3Error(400, `contacts[${index}]: the target field is required.`);
        // The V3 body spells this field in camelCase, unlike the rest of V3.
        const params = readNameValues(entry.value.customParams);
        if (params === null) {
          return v3Error(400, `contacts[${index}]: customParams must be a list of {name, value}.`);
        }
        updates.push({ target: target.value, params });
      }
      // Unknown targets are left out of the answer rather than failing the whole batch.
      const updated = updates.flatMap(({ target, params }) => {
        const contact = findContact(tenant, target);
        if (!contact) return [];
        mergeParams(contact, params);
        return [contactDto(contact)];
      });
      return ok({ contact_list: updated });
    },
  },
  {
    method: 'PUT',
    path: '/api/ext/v3/contacts/teams',
    name: 'assignTeams',
    requestsPer10s: CONTACT_REQUESTS_PER_10S,
    handle({ tenant, body }) {
      const refused = proPlanRequired(tenant);
      if (refused) return refused;
      const fields = objectBody(body);
      if (isAnswer(fields)) return fields.answer;
      const target = requiredString(fields.value, 'target');
      if (isAnswer(target)) return target.answer;
      const { teams } = fields.value;
      if (!Array.isArray(teams) || !teams.every((team) => typeof team === 'string')) {
        return v3Error(400, 'The teams field must be a list of team names.');
      }
      const contact = findContact(tenant, target.value);
      if (!contact) return v3Error(404, 'Contact not found.');
      contact.teams = [...new Set(teams as string[])];
      contact.lastUpdated = new Date();
      return ok({ result: true });
    },
  },
];
