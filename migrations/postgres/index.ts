import * as migration_20261123_142341_initial from './20261123_142341_initial';

export const migrations = [
  {
    up: migration_20261123_142341_initial.up,
    down: migration_20261123_142341_initial.down,
    name: '20261123_142341_initial'
  },
];
