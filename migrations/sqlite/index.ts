import * as migration_20261123_142325_initial from './20261123_142325_initial';

export const migrations = [
  {
    up: migration_20261123_142325_initial.up,
    down: migration_20261123_142325_initial.down,
    name: '20261123_142325_initial'
  },
];
