import { channelProblem } from '../channel';
import { ok, v3Error } from '../http-answers';
import { isAnswer, pageOf, v3Page } from '../request-fields';
import type { ApiRoute } from '../router';
import type { SandboxTemplate } from '../seed-templates';
import { creationRefusal, pendingTemplate, readTemplateCreation } from '../template-creation';

/** The legacy camelCase view of a template; `elementName` is the name (reference §3.2). */
function legacyTemplate(template: SandboxTemplate) {
  return {
    id: template.id,
    elementName: template.name,
    category: template.category,
    subCategory: template.sub_category,
    hsm: template.hsm,
    body: template.body,
    header: template.header,
    footer: template.footer,
    buttons: template.buttons,
    buttonsType: template.buttons_type,
    language: template.language_option,
    status: template.status,
    lastModified: template.last_modified,
    customParams: template.custom_params.map(({ name, value }) => ({
      paramName: name,
      paramValue: value,
    })),
  };
}

export const templateRoutes: ApiRoute[] = [
  {
    method: 'GET',
    path: '/api/ext/v3/messageTemplates',
    name: 'listTemplates',
    handle({ tenant, query }) {
      const page = v3Page(query);
      if (isAnswer(page)) return page.answer;
      const wrongChannel = channelProblem(tenant, query.get('channel'));
      if (wrongChannel) return wrongChannel;
      return ok({
        templates: pageOf(tenant.templates, page.value),
        page_number: page.value.number,
        page_size: page.value.size,
        total: tenant.templates.length,
      });
    },
  },
  {
    method: 'GET',
    path: '/api/ext/v3/messageTemplates/:templateId',
    name: 'getTemplate',
    handle({ tenant, params }) {
      const template = tenant.templates.find((candidate) => candidate.id === params.templateId);
      return template ? ok(template) : v3Error(404, 'Template not found.');
    },
  },
  {
    method: 'GET',
    path: '/:tenant/api/v1/getMessageTemplates',
    name: 'getMessageTemplates',
    handle({ tenant, query }) {
      const pageNumber = Math.max(1, Number(query.get('pageNumber')) || 1);
      const pageSize = Math.max(1, Number(query.get('pageSize')) || 100);
      const total = tenant.templates.length;
      const items = pageOf(tenant.templates, { number: pageNumber, size: pageSize });
      return ok({
        result: 'success',
        messageTemplates: items.map(legacyTemplate),
        link: {
          prevPage: pageNumber > 1 ? pageNumber - 1 : null,
          nextPage: pageNumber * pageSize < total ? pageNumber + 1 : null,
          pageNumber,
          pageSize,
          total,
        },
      });
    },
  },
  {
    // Undocumented answers (reference §3.4): WhatsApp's refusals come back as legacy business
    // failures, HTTP 200 with `result:false` and the reason in `info`; a body the route cannot
    // read is a 400.
    method: 'POST',
    path: '/:tenant/api/v1/whatsApp/templates',
    name: 'createTemplate',
    handle({ tenant, body }, { templateReviews }) {
      const request = readTemplateCreation(body);
      if (isAnswer(request)) return request.answer;
      const refusal = creationRefusal(tenant, request.value);
      if (refusal !== null) return ok({ result: false, info: refusal });
      const template = pendingTemplate(request.value, new Date());
      tenant.templates.push(template);
      templateReviews.review(tenant, template);
      return ok({
        result: true,
        info: 'Template submitted for review.',
        template: legacyTemplate(template),
      });
    },
  },
];
