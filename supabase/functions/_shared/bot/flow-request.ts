import { readPersonRequest, type PersonRequest } from '../person-request.ts';

/** A flow travels whole: up to 200 nodes, far under a megabyte; lists nest a few levels. */
const FLOW_REQUEST_LIMITS = { maxBytes: 1024 * 1024, maxDepth: 16 };

/** A member's request carrying a flow document, read within the flow's bounds. */
export const readFlowRequest = (request: Request): Promise<PersonRequest> =>
  readPersonRequest(request, FLOW_REQUEST_LIMITS);
