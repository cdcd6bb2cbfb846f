import type { Messages } from './en'

/** Reader-site UI strings, Spanish (neutral, understood in Spain and Latin America). */
export const es: Messages = {
  site: {
    pagination: 'Páginas',
    previousPage: 'Página anterior',
    nextPage: 'Página siguiente',
    previewBanner: 'Vista previa: estás viendo el borrador más reciente.',
    exitPreview: 'Salir de la vista previa',
    breadcrumb: 'Ruta de navegación',
    skipToContent: 'Saltar al contenido',
    home: 'Inicio',
    search: 'Buscar',
    searchPlaceholder: 'Buscar guías',
    searchButton: 'Buscar',
    languageSwitcherLabel: 'Idioma',
    availableIn: 'También disponible en',
    footerNote:
      'Guías independientes sobre tarjetas SIM y eSIM. Confirma siempre los precios con la operadora.',
    poweredBy: 'Con la tecnología de Roampress',
  },
  home: {
    latestGuides: 'Guías recientes',
    featuredGuides: 'Guías destacadas',
    countries: 'Países',
    browseByTopic: 'Explorar por tema',
    noGuides: 'Todavía no se ha publicado ninguna guía.',
  },
  guide: {
    steps: 'Pasos',
    faq: 'Preguntas frecuentes',
    lastVerified: 'Verificado por última vez el {date}',
    reviewOverdue:
      'Estos pasos se comprobaron hace tiempo: confirma los detalles con el operador antes de seguirlos.',
    sources: 'Fuentes',
    carriers: 'Operadoras',
    relatedGuides: 'Guías relacionadas',
    simKind: 'Tipo de SIM',
    topic: 'Tema',
    country: 'País',
    updated: 'Actualizado',
    breadcrumbGuides: 'Guías',
    esimSupported: 'Compatible con eSIM',
    esimNotSupported: 'No compatible con eSIM',
    onThisPage: 'En esta página',
  },
  topics: {
    activate: 'Activar',
    topUp: 'Recargar saldo',
    checkBalance: 'Consultar saldo',
    cancel: 'Dar de baja',
    portNumber: 'Portabilidad del número',
    roaming: 'Itinerancia (roaming)',
    dataPlans: 'Planes de datos',
  },
  simKinds: {
    physical: 'SIM física',
    esim: 'eSIM',
    both: 'SIM física o eSIM',
  },
  country: {
    carriersHeading: 'Operadoras móviles',
    guidesByTopic: 'Guías por tema',
    callingCode: 'Prefijo telefónico',
    mobileCountryCodes: 'Códigos móviles de país (MCC)',
    networkCodes: 'MCC-MNC',
    networks: 'Redes',
    esimColumn: 'eSIM',
  },
  carrier: {
    formerNames: 'Antes conocida como {names}',
    website: 'Sitio web',
    guidesHeading: 'Guías de esta operadora',
    country: 'País',
  },
  search: {
    title: 'Buscar',
    resultsFor: 'Resultados para «{query}»',
    resultCount: {
      one: '{count} resultado',
      other: '{count} resultados',
    },
    noResults:
      'Ninguna guía coincide con tu búsqueda. Prueba con otra palabra o con el nombre de una operadora.',
    emptyQuery: 'Escribe una palabra para buscar en las guías.',
  },
  notFound: {
    title: 'Página no encontrada',
    body: 'La página que buscas no existe o se ha trasladado.',
    backHome: 'Volver a la página de inicio',
  },
  unknownSite: {
    title: 'No hay ninguna publicación en esta dirección',
    body: 'No existe ninguna publicación de Roampress en esta dirección web. Comprueba la dirección o elige una de las publicaciones siguientes.',
    publicationsHeading: 'Publicaciones',
  },
  feed: {
    title: '{site}: guías recientes',
  },
}
