import type { Plugin } from 'payload'

const listViewInMain = '/components/admin/ListViewInMain#ListViewInMain'

/**
 * Every collection's list view, including those other plugins add, is Payload's own inside the
 * page's main landmark (components/admin/ListViewInMain.tsx), unless the collection brings a list
 * view of its own.
 */
export const listViewsInMain = (): Plugin => (config) => ({
  ...config,
  collections: config.collections?.map((collection) =>
    collection.admin?.components?.views?.list?.Component
      ? collection
      : {
          ...collection,
          admin: {
            ...collection.admin,
            components: {
              ...collection.admin?.components,
              views: {
                ...collection.admin?.components?.views,
                list: { ...collection.admin?.components?.views?.list, Component: listViewInMain },
              },
            },
          },
        },
  ),
})
