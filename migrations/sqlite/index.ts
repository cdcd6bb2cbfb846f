import * as migration_20261123_140439_initial from './20261123_140439_initial';

export const migrations = [
  {
    up: migration_20261123_140439_initial.up,
    down: migration_20261123_140439_initial.down,
    name: '20261123_140439_initial'
  },
];
