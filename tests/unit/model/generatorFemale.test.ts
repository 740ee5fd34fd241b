// The female body passes the checks of every generated body (helpers/generatedBody.ts).
import { describeGeneratedBody } from '../helpers/generatedBody'

describeGeneratedBody('female')
