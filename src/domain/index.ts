export * from './catalogues';
export * from './dates';
export * from './derive';
export * from './errors';
export * from './model';
export * from './refs';
export * from './schemas';
export * from './workflow';
