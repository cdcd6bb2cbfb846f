import * as migration_20261123_142341_initial from './20261123_142341_initial';
import * as migration_20261201_191050_per_locale_publishing_and_schedules from './20261201_191050_per_locale_publishing_and_schedules';
import * as migration_20261202_070812_translator_tools from './20261202_070812_translator_tools';

export const migrations = [
  {
    up: migration_20261123_142341_initial.up,
    down: migration_20261123_142341_initial.down,
    name: '20261123_142341_initial',
  },
  {
    up: migration_20261201_191050_per_locale_publishing_and_schedules.up,
    down: migration_20261201_191050_per_locale_publishing_and_schedules.down,
    name: '20261201_191050_per_locale_publishing_and_schedules',
  },
  {
    up: migration_20261202_070812_translator_tools.up,
    down: migration_20261202_070812_translator_tools.down,
    name: '20261202_070812_translator_tools'
  },
];
