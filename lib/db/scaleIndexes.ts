/**
 * Indexes Payload's adapters do not declare and that every read or save of a guide needs once a
 * publication holds thousands of them. Each was found with EXPLAIN (QUERY PLAN) on SQLite and
 * PostgreSQL as a full scan of a table that grows with the guides:
 *
 * - localized rows are joined to their document by `_parent_id`, but the only index holding it is
 *   the unique (`_locale`, `_parent_id`), unusable for a look-up by parent alone (every read in
 *   `locale: 'all'`, every save);
 * - the `_texts` tables of hasMany text fields start their only index with `order`;
 * - saving a version clears the previous `latest` flag and prunes beyond maxPerDoc per parent,
 *   and the admin's lists ask for the latest version of each guide;
 * - reader listings ask for the newest published guides of one tenant (and the published,
 *   translated locale rows of each).
 *
 * - the admin's lists count the latest versions of a person's publications, and reads that test
 *   a guide's status in a locale join its row of that locale.
 *
 * The migrations 20261202_090000_scale_indexes_and_search and 20261202_143000_admin_list_indexes
 * create them (statements spelled out, the same in both dialects); tests/unit/scaleIndexes.spec.ts
 * checks both folders name every one.
 */
export const scaleIndexes: { columns: string[]; name: string; table: string }[] = [
  ...[
    'guides_locales',
    '_guides_v_locales',
    'media_locales',
    'glossary_locales',
    'countries_locales',
    'carriers_locales',
    'tenants_locales',
  ].map((table) => ({ name: `${table}_parent_id_idx`, columns: ['_parent_id'], table })),
  ...['countries_texts', 'carriers_texts', 'tenants_texts'].map((table) => ({
    name: `${table}_parent_idx`,
    columns: ['parent_id'],
    table,
  })),
  { name: '_guides_v_parent_latest_idx', columns: ['parent_id', 'latest'], table: '_guides_v' },
  {
    name: '_guides_v_parent_updated_at_idx',
    columns: ['parent_id', 'updated_at'],
    table: '_guides_v',
  },
  {
    name: '_guides_v_latest_updated_at_idx',
    columns: ['latest', 'updated_at'],
    table: '_guides_v',
  },
  {
    name: 'guides_tenant_updated_at_idx',
    // Payload breaks ties on created_at: with it in the index the newest N need no sort.
    columns: ['tenant_id', 'updated_at', 'created_at'],
    table: 'guides',
  },
  {
    name: 'guides_locales_locale_status_parent_idx',
    columns: ['_locale', '_status', '_parent_id'],
    table: 'guides_locales',
  },
  // 20261202_143000_admin_list_indexes: the admin's lists count the latest versions of the
  // person's publications, and reads testing a guide's status join its row of the asked locale.
  {
    name: '_guides_v_latest_tenant_updated_at_idx',
    columns: ['latest', 'version_tenant_id', 'version_updated_at'],
    table: '_guides_v',
  },
  {
    name: '_guides_v_locales_parent_locale_status_idx',
    columns: ['_parent_id', '_locale', 'version__status'],
    table: '_guides_v_locales',
  },
  {
    name: 'guides_locales_parent_locale_status_idx',
    columns: ['_parent_id', '_locale', '_status'],
    table: 'guides_locales',
  },
]
