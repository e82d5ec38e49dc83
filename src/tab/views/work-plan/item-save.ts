// Writing plan items. An update carries If-Match with the version the user started from; when
// someone else saved first, the API answers 412 with what it holds now, and that comes back
// as a conflict for the user to resolve, never as a silent overwrite.

import { ApiProblem, etagOf, type ApiClient } from '../../api/api-client';
import type { ApiValues, ItemFormSpec, ItemRecord } from './item-forms';

export type SaveOutcome = { kind: 'saved'; record: ItemRecord } | { kind: 'conflict'; current: ItemRecord } | { kind: 'gone' };

export async function updateItem(api: ApiClient, spec: ItemFormSpec, id: string, patch: ApiValues, basedOn: { version: number }): Promise<SaveOutcome> {
  try {
    const { body } = await api.send<ItemRecord>('PATCH', `/api/${spec.path}/${encodeURIComponent(id)}`, { body: patch, ifMatch: etagOf(basedOn) });
    return { kind: 'saved', record: body };
  } catch (error) {
    return conflictOf(error);
  }
}

export async function createItem(api: ApiClient, spec: ItemFormSpec, parentId: string, input: ApiValues): Promise<ItemRecord> {
  const { body } = await api.send<ItemRecord>('POST', `/api/${spec.parentPath}/${encodeURIComponent(parentId)}/${spec.path}`, { body: input });
  return body;
}

export async function deleteItem(api: ApiClient, spec: ItemFormSpec, id: string, basedOn: { version: number }): Promise<SaveOutcome | { kind: 'deleted' }> {
  try {
    await api.send('DELETE', `/api/${spec.path}/${encodeURIComponent(id)}`, { ifMatch: etagOf(basedOn) });
    return { kind: 'deleted' };
  } catch (error) {
    return conflictOf(error);
  }
}

function conflictOf(error: unknown): SaveOutcome {
  if (error instanceof ApiProblem && error.status === 412 && error.current) return { kind: 'conflict', current: error.current as ItemRecord };
  if (error instanceof ApiProblem && error.status === 404) return { kind: 'gone' };
  throw error;
}
