// The request library's method shorthands, in a file that uses nothing else: the rule's keywords must let it run.
import request from 'request'
import { type Request, type Response, type NextFunction } from 'express'

export function profileImageUrlUpload () {
  return (req: Request, res: Response, next: NextFunction) => {
    if (req.body.imageUrl !== undefined) {
      const url = req.body.imageUrl
      // ruleid: injection.ssrf
      const imageRequest = request.get(url).on('error', function (err: unknown) { next(err) })
      imageRequest.pipe(res)
    }
  }
}

export function avatar () {
  return (req: Request, res: Response) => {
    // ok: injection.ssrf
    request.get('https://avatars.test/default.png').pipe(res)
  }
}
