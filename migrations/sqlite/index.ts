import * as migration_20261123_142325_initial from './20261123_142325_initial'
import * as migration_20261201_191026_per_locale_publishing_and_schedules from './20261201_191026_per_locale_publishing_and_schedules'
import * as migration_20261202_073836_import_link_policy_freshness from './20261202_073836_import_link_policy_freshness'
import * as migration_20261202_075915_redirects_memory_search from './20261202_075915_redirects_memory_search'
import * as migration_20261202_081115_translator_tools from './20261202_081115_translator_tools'
import * as migration_20261202_090000_scale_indexes_and_search from './20261202_090000_scale_indexes_and_search'
import * as migration_20261202_131556_translation_work_and_time_zones from './20261202_131556_translation_work_and_time_zones'
import * as migration_20261202_143000_admin_list_indexes from './20261202_143000_admin_list_indexes'

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
    up: migration_20261202_073836_import_link_policy_freshness.up,
    down: migration_20261202_073836_import_link_policy_freshness.down,
    name: '20261202_073836_import_link_policy_freshness',
  },
  {
    up: migration_20261202_075915_redirects_memory_search.up,
    down: migration_20261202_075915_redirects_memory_search.down,
    name: '20261202_075915_redirects_memory_search',
  },
  {
    up: migration_20261202_081115_translator_tools.up,
    down: migration_20261202_081115_translator_tools.down,
    name: '20261202_081115_translator_tools',
  },
  {
    up: migration_20261202_090000_scale_indexes_and_search.up,
    down: migration_20261202_090000_scale_indexes_and_search.down,
    name: '20261202_090000_scale_indexes_and_search',
  },
  {
    up: migration_20261202_131556_translation_work_and_time_zones.up,
    down: migration_20261202_131556_translation_work_and_time_zones.down,
    name: '20261202_131556_translation_work_and_time_zones',
  },
  {
    up: migration_20261202_143000_admin_list_indexes.up,
    down: migration_20261202_143000_admin_list_indexes.down,
    name: '20261202_143000_admin_list_indexes',
  },
]
