import { findContact } from '../contacts';
import { ok, v3Error } from '../http-answers';
import { proPlanRequired } from '../plan';
import { isAnswer, objectBody, pageOf, requiredString, v3Page } from '../request-fields';
import type { ApiRoute } from '../router';

export const chatbotRoutes: ApiRoute[] = [
  {
    method: 'GET',
    path: '/api/ext/v3/chatbots',
    name: 'listChatbots',
    handle({ tenant, query }) {
      const refused = proPlanRequired(tenant);
      if (refused) return refused;
      const page = v3Page(query);
      if (isAnswer(page)) return page.answer;
      return ok({
        chatbot_list: pageOf(tenant.chatbots, page.value),
        page_number: page.value.number,
        page_size: page.value.size,
      });
    },
  },
  {
    method: 'POST',
    path: '/api/ext/v3/chatbots/start',
    name: 'startChatbot',
    sendsMessages: true,
    handle({ tenant, body }) {
      const refused = proPlanRequired(tenant);
      if (refused) return refused;
      const fields = objectBody(body);
      if (isAnswer(fields)) return fields.answer;
      const target = requiredString(fields.value, 'target');
      if (isAnswer(target)) return target.answer;
      const chatbotId = requiredString(fields.value, 'chatbot_id');
      if (isAnswer(chatbotId)) return chatbotId.answer;
      if (!tenant.chatbots.some((chatbot) => chatbot.id === chatbotId.value)) {
        return v3Error(400, `Chatbot '${chatbotId.value}' was not found.`);
      }
      const contact = findContact(tenant, target.value);
      if (!contact) return v3Error(404, 'Contact not found.');
      contact.startedChatbotIds.push(chatbotId.value);
      return ok({ result: true });
    },
  },
];
