// zod as the app uses it: jitless, so validating never compiles code with Function() at run time. The app's
// Content-Security-Policy (index.html) forbids eval; without this, zod would probe for it and break the
// policy. Every module that defines schemas imports z from here, so the setting precedes any schema use.
import { z } from 'zod'

z.config({ jitless: true })

export { z }
