export * from './table';
export * from './store';
export * from './delivery';
export * from './drainer';
export * from './outbox';
