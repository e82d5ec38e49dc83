// The named schemas of the contract: each becomes one entry of the OpenAPI document's
// components/schemas, referred to wherever a response uses it.

import { z } from 'zod';

export const contractSchemas = z.registry<{ id: string }>();
