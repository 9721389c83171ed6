import type { NetworkProjection } from '../modules/analytics/engine/projection.js';

/**
 * A projection as the worker threads receive it: its JSON in a SharedArrayBuffer, which crosses to
 * a thread without being copied, and an id. A thread decodes a projection once and keeps the last
 * one it decoded (by id), so with a fixed number of threads the memory held for projections is
 * bounded: one decoded copy per thread plus the shared bytes, whatever the number of tasks.
 */
export interface SharedProjection {
  id: number;
  buffer: SharedArrayBuffer;
  length: number;
}

let nextId = 1;
const shared = new WeakMap<NetworkProjection, SharedProjection>();

/** The shared form of a projection, made once per projection object (once per data version). */
export function shareProjection(projection: NetworkProjection): SharedProjection {
  let found = shared.get(projection);
  if (!found) {
    const json = JSON.stringify(projection);
    const length = Buffer.byteLength(json);
    const buffer = new SharedArrayBuffer(length);
    Buffer.from(buffer).write(json, 'utf8');
    found = { id: nextId++, buffer, length };
    shared.set(projection, found);
  }
  return found;
}

let decoded: { id: number; projection: NetworkProjection } | undefined;

/** In a worker thread: the projection behind a shared one, decoded once per id. */
export function projectionOf(share: SharedProjection): NetworkProjection {
  if (decoded?.id !== share.id) {
    decoded = undefined; // let the previous one go before decoding the next
    const text = Buffer.from(share.buffer, 0, share.length).toString('utf8');
    decoded = { id: share.id, projection: JSON.parse(text) as NetworkProjection };
  }
  return decoded.projection;
}
