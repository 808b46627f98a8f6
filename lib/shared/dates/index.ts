export * from './days';
export * from './iso';
export * from './local';
export * from './parse';
