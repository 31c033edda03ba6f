/**
 * Test tokens, signed with jose as an identity provider would: HS256 with the test secret by default.
 */
import { SignJWT } from 'jose';
import type { AuthConfig } from '../../src/config';

export const TEST_SECRET = 'test-secret-of-at-least-thirty-two-characters';
export const TEST_ISSUER = 'https://auth.test.invalid/';
export const TEST_AUDIENCE = 'sco-knowledge-graph';

export function testAuth(overrides: Partial<AuthConfig> = {}): AuthConfig {
  return {
    secret: TEST_SECRET,
    publicKey: null,
    issuer: TEST_ISSUER,
    audience: TEST_AUDIENCE,
    readsRequireToken: false,
    ...overrides,
  };
}

export async function signToken(
  claims: { sub?: string; roles?: string[] },
  options: { expiresIn?: string | number; secret?: string; issuer?: string } = {},
): Promise<string> {
  const jwt = new SignJWT({ roles: claims.roles ?? [] })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuedAt()
    .setIssuer(options.issuer ?? TEST_ISSUER)
    .setAudience(TEST_AUDIENCE)
    .setExpirationTime(options.expiresIn ?? '10m');
  if (claims.sub !== undefined) jwt.setSubject(claims.sub);
  return jwt.sign(new TextEncoder().encode(options.secret ?? TEST_SECRET));
}

export const editorToken = (sub = 'analyst-ana'): Promise<string> => signToken({ sub, roles: ['reader', 'editor'] });
export const readerToken = (sub = 'reader-rui'): Promise<string> => signToken({ sub, roles: ['reader'] });
