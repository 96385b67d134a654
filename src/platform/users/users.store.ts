/**
 * Users and their passwords. Passwords are hashed with argon2id (@node-rs/argon2,
 * m = 19 MiB, t = 2, p = 1: OWASP's minimum, ~70 ms on the target machine); the PHC
 * string keeps its parameters, so raising them later still verifies old hashes.
 */
import { hash, verify } from '@node-rs/argon2';
import { eq, inArray, sql } from 'drizzle-orm';
import type { StaffRole } from '../../domain/dossier/roles.ts';
import type { Database } from '../db/client.ts';
import { loginThrottles, users } from '../db/schema.ts';

/** Length of a password being set (new account, change, reset), in characters: the API and the CLI check it. */
export const PASSWORD_LENGTH = { min: 8, max: 200 } as const;

const PASSWORD_HASH_OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, PASSWORD_HASH_OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false; // a malformed stored hash never authenticates
  }
}

export interface User {
  id: string;
  username: string;
  fullName: string;
  role: StaffRole;
  unitCode: string;
  departmentCode: string | null;
  active: boolean;
}

export interface NewUser {
  username: string;
  fullName: string;
  password: string;
  role: StaffRole;
  unitCode: string;
  departmentCode?: string | null;
}

const publicColumns = {
  id: users.id,
  username: users.username,
  fullName: users.fullName,
  role: users.role,
  unitCode: users.unitCode,
  departmentCode: users.departmentCode,
  active: users.active,
};

export async function createUser(db: Database, user: NewUser): Promise<User> {
  const [created] = await db
    .insert(users)
    .values({
      username: user.username,
      fullName: user.fullName,
      passwordHash: await hashPassword(user.password),
      role: user.role,
      unitCode: user.unitCode,
      departmentCode: user.departmentCode ?? null,
    })
    .returning(publicColumns);
  return created!;
}

/** Usernames are case-insensitive (unique index on lower(username)). */
export async function findUserByUsername(db: Database, username: string): Promise<User | undefined> {
  const [user] = await db
    .select(publicColumns)
    .from(users)
    .where(sql`lower(${users.username}) = lower(${username})`);
  return user;
}

/** The users among these usernames (exact names). */
export function findUsersByUsernames(db: Database, usernames: readonly string[]): Promise<User[]> {
  return db.select(publicColumns).from(users).where(inArray(users.username, [...usernames]));
}

export async function findUserById(db: Database, id: string): Promise<User | undefined> {
  const [user] = await db.select(publicColumns).from(users).where(eq(users.id, id));
  return user;
}

/** A hash to verify against when the username is unknown, so both cases take the same time. */
let decoyHash: Promise<string> | undefined;

/** The active user with this username and password, else undefined. */
export async function authenticateUser(db: Database, username: string, password: string): Promise<User | undefined> {
  const [row] = await db
    .select({ ...publicColumns, passwordHash: users.passwordHash })
    .from(users)
    .where(sql`lower(${users.username}) = lower(${username})`);
  if (!row) {
    decoyHash ??= hashPassword('decoy password, never matches');
    await verifyPassword(await decoyHash, password);
    return undefined;
  }
  const { passwordHash, ...user } = row;
  const matches = await verifyPassword(passwordHash, password);
  return matches && user.active ? user : undefined;
}

/** Sets a new password (and unlocks, if asked); the account's failed sign-ins are forgotten. */
export async function setUserPassword(db: Database, userId: string, password: string, options: { unlock?: boolean } = {}): Promise<void> {
  const [user] = await db
    .update(users)
    .set({ passwordHash: await hashPassword(password), ...(options.unlock ? { active: true } : {}) })
    .where(eq(users.id, userId))
    .returning({ username: users.username });
  if (user) await db.delete(loginThrottles).where(eq(loginThrottles.usernameKey, user.username.toLowerCase()));
}
