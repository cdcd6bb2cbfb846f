import * as migration_20261123_142325_initial from './20261123_142325_initial';
import * as migration_20261201_191026_per_locale_publishing_and_schedules from './20261201_191026_per_locale_publishing_and_schedules';
import * as migration_20261202_070800_translator_tools from './20261202_070800_translator_tools';

export const migrations = [
  {
    up: migration_20261123_142325_initial.up,
    down: migration_20261123_142325_initial.down,
    name: '20261123_142325_initial',
  },
  {
    up: migration_20261201_191026_per_locale_publishing_and_schedules.up,
    down: migration_20261201_191026_per_locale_publishing_and_schedules.down,
    name: '20261201_191026_per_locale_publishing_and_schedules',
  },
  {
    up: migration_20261202_070800_translator_tools.up,
    down: migration_20261202_070800_translator_tools.down,
    name: '20261202_070800_translator_tools'
  },
];
