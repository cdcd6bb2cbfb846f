import * as migration_20261123_135309_initial from './20261123_135309_initial';

export const migrations = [
  {
    up: migration_20261123_135309_initial.up,
    down: migration_20261123_135309_initial.down,
    name: '20261123_135309_initial'
  },
];
