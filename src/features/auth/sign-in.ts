/**
 * Signing in with username and password (throttled per account, platform/users/login-throttle.ts):
 * a new session (platform/sessions) and the user as the web application shows it.
 */
import type { AppContext } from '../../platform/context.ts';
import { login } from '../../platform/sessions/sessions.ts';
import { whoAmI, type SignedInUser } from './who-am-i.ts';

export async function signIn(ctx: AppContext, username: string, password: string): Promise<{ token: string; csrfToken: string; user: SignedInUser }> {
  const signedIn = await login(ctx.db, username, password, new Date());
  return { token: signedIn.token, csrfToken: signedIn.csrfToken, user: await whoAmI(ctx, signedIn.user) };
}
