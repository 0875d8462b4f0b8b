/*
 * Planning Core v1 engine boundary (spec 05 §4.0.4). Everything here is plain data: adapters load
 * the stored rows in bulk, hand them to the pure functions of this folder and persist/return what
 * comes back. Stored rows and the engine input are camelCase; request bodies, the resolved policy and
 * the response body are snake_case because they are (parts of) the wire contract.
 */

export * from './contract/base';
export * from './contract/requests';
export * from './contract/stored-data';
export * from './contract/policy';
export * from './contract/engine-input';
export * from './contract/response';
export * from './contract/errors';
