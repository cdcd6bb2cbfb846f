// Page N of the hub's guides: proxy.ts routes a reader's `?page=N` here, so Next and the page
// cache keep each page under a path of its own. The hub's route renders it.
export { GET } from '../../route'

export const generateStaticParams = async () => []
