/** npm start runs this first (prestart): see lib/clearPageCache.ts for why. */
import { clearPageCache } from './lib/clearPageCache'

clearPageCache(process.cwd())
