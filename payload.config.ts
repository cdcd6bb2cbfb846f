import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { isSuperAdmin } from './access/memberships'
import { Carriers } from './collections/Carriers'
import { Countries } from './collections/Countries'
import { Glossary } from './collections/Glossary'
import { Guides } from './collections/Guides'
import { Media } from './collections/Media'
import { ScheduledPublications } from './collections/ScheduledPublications'
import { SearchEntries } from './collections/SearchEntries'
import { TranslationWork } from './collections/TranslationWork'
import { Tenants } from './collections/Tenants'
import { TranslationMemory } from './collections/TranslationMemory'
import { Users } from './collections/Users'
import { adminLanguages } from './i18n/adminLanguages'
import { filterTenantLocales } from './lib/admin/filterTenantLocales'
import { defaultLocale, localeDefinitions } from './i18n/locales'
import { adminOrigins } from './lib/env/adminOrigins'
import { createDatabaseAdapter } from './lib/db/createDatabaseAdapter'
import { ensureSearchIndex } from './lib/search/ensureSearchIndex'
import { answerMalformedJSON } from './lib/security/answerMalformedJSON'
import { graphQLValidationRules } from './lib/security/graphqlLimits'
import { validateQueries } from './lib/security/validateQueries'
import { publishOnScheduleTask } from './jobs/publishOnSchedule'
import { refreshTranslationWorkTask } from './jobs/refreshTranslationWork'
import { isJobRunnerRequest } from './jobs/jobRunnerAuthorization'
import { startRunningDueJobs } from './jobs/runDueJobsInServer'
import { plugins } from './plugins'
import { ensureTranslationWork } from './lib/translation/work/ensureTranslationWork'
import { listViewsInMain } from './plugins/listViewsInMain'
import { seedDemoOnInit } from './seed/seedDemoOnInit'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  admin: {
    // The admin must work offline: no Gravatar requests.
    avatar: 'default',
    components: {
      afterNavLinks: [
        '/components/admin/TranslationsNavLink#TranslationsNavLink',
        '/components/admin/ImportNavLinks#ImportNavLinks',
      ],
      providers: ['/components/admin/AccessibleAdmin#AccessibleAdmin'],
      views: {
        import: {
          Component: '/components/admin/ImportView#ImportView',
          exact: true,
          path: '/import',
        },
        needsReview: {
          Component: '/components/admin/NeedsReviewView#NeedsReviewView',
          exact: true,
          path: '/needs-review',
        },
        translate: {
          Component: '/components/admin/TranslateView#TranslateView',
          path: '/translations/:guideID/:locale',
        },
        translations: {
          Component: '/components/admin/TranslationsView#TranslationsView',
          exact: true,
          path: '/translations',
        },
      },
    },
    importMap: { baseDir: dirname },
    meta: { titleSuffix: ' · Roampress' },
    user: Users.slug,
  },
  collections: [
    Guides,
    ScheduledPublications,
    Media,
    Glossary,
    TranslationMemory,
    Countries,
    Carriers,
    Tenants,
    Users,
    SearchEntries,
    TranslationWork,
  ],
  // Cookie-signed requests from any other origin are treated as anonymous (Payload's CSRF check).
  csrf: adminOrigins(),
  db: createDatabaseAdapter(),
  editor: lexicalEditor(),
  i18n: { fallbackLanguage: 'en', supportedLanguages: adminLanguages },
  experimental: {
    // Per-locale publishing: `_status` becomes a localized field of Guides.
    localizeStatus: true,
  },
  graphQL: {
    disablePlaygroundInProduction: true,
    maxComplexity: 500,
    validationRules: graphQLValidationRules,
  },
  hooks: {
    afterError: [answerMalformedJSON],
  },
  jobs: {
    // Due jobs run through /api/payload-jobs/run: by the server's own timer (startRunningDueJobs)
    // or by an external cron, both with the job runner's bearer token, or by a super-admin.
    access: {
      run: ({ req }) =>
        isSuperAdmin(req.user) || isJobRunnerRequest(req.headers.get('authorization')),
    },
    tasks: [publishOnScheduleTask, refreshTranslationWorkTask],
  },
  localization: {
    defaultLocale,
    // "Publish" publishes the locale being edited; "Publish all locales" is in its menu.
    defaultLocalePublishOption: 'active',
    fallback: true,
    filterAvailableLocales: filterTenantLocales,
    locales: localeDefinitions,
  },
  onInit: async (payload) => {
    await ensureSearchIndex(payload)
    await ensureTranslationWork(payload)
    await seedDemoOnInit(payload)
    // Started once Payload is ready; an instrumentation.ts hook made cached pages slower (npm run bench).
    startRunningDueJobs(payload)
  },
  // After the other plugins, so that they also cover the collections those plugins add.
  plugins: [...plugins, listViewsInMain(), validateQueries()],
  secret: process.env.PAYLOAD_SECRET || 'roampress-development-secret-change-me',
  sharp,
  typescript: {
    // Types are generated by `npm run generate:types`, never as a side effect of starting Payload.
    autoGenerate: false,
    outputFile: path.resolve(dirname, 'payload-types.ts'),
  },
})
