/** The signed-in user of a request, for the routes (the session hook of app.ts sets it). */
import type { FastifyRequest } from 'fastify';
import type { CurrentUser } from '../context.ts';
import { AppError } from '../errors.ts';

/** The signed-in user of a route that requires one (the onRequest hook guarantees it). */
export function currentUser(request: FastifyRequest): CurrentUser {
  if (!request.user) throw new AppError('unauthorized', 'Bạn chưa đăng nhập hoặc phiên làm việc đã hết hạn. Hãy đăng nhập lại.');
  return request.user;
}
