/**
 * Bearer-token authentication: a JWT verified with jose (HS256 secret, or an RS256/ES256 public key), with the
 * roles `reader` and `editor` from its `roles` claim and "who" from its `sub`. Writes need an editor; reads need
 * any valid token only when READS_REQUIRE_TOKEN is set. Tokens and keys are never logged or echoed.
 */
import { createPublicKey, createSecretKey, type KeyObject } from 'node:crypto';
import { errors as joseErrors, jwtVerify, type JWTVerifyOptions } from 'jose';
import type { AuthConfig } from '../config';
import { AppError, ErrorCode } from '../errors';

export const ROLES = ['reader', 'editor'] as const;
export type Role = (typeof ROLES)[number];

/** Who is calling, as the verified token says. */
export interface Viewer {
  /** The token's `sub`: recorded as "who" on every change. */
  readonly subject: string;
  readonly roles: readonly Role[];
}

/** The outcome of reading one request's Authorization header. */
export type Authentication =
  | { readonly kind: 'anonymous' }
  | { readonly kind: 'verified'; readonly viewer: Viewer }
  | { readonly kind: 'rejected'; readonly reason: string };

export type Authenticate = (authorization: string | undefined) => Promise<Authentication>;

function unauthenticated(message: string): AppError {
  return new AppError(ErrorCode.UNAUTHENTICATED, message, {
    http: { status: 401, headers: new Map([['www-authenticate', 'Bearer']]) },
  });
}

function rolesOf(claim: unknown): Role[] {
  const values = Array.isArray(claim) ? claim : typeof claim === 'string' ? claim.split(/[\s,]+/) : [];
  return ROLES.filter((role) => values.includes(role));
}

/** Reads a PEM public key and the one algorithm it may verify: RS256 for RSA, ES256 for P-256. */
function importPublicKey(pem: string): { key: KeyObject; algorithm: string } {
  const key = createPublicKey(pem);
  if (key.asymmetricKeyType === 'rsa') return { key, algorithm: 'RS256' };
  if (key.asymmetricKeyType === 'ec' && key.asymmetricKeyDetails?.namedCurve === 'prime256v1') {
    return { key, algorithm: 'ES256' };
  }
  throw new Error('JWT_PUBLIC_KEY is neither an RSA (RS256) nor a P-256 (ES256) public key');
}

/** Builds the verifier once at start-up; with no key configured every token is rejected. */
export function createAuthenticator(config: AuthConfig): Authenticate {
  let verifyKey: KeyObject | null = null;
  let algorithms: string[] = [];
  if (config.secret !== null) {
    verifyKey = createSecretKey(Buffer.from(config.secret, 'utf8'));
    algorithms = ['HS256'];
  } else if (config.publicKey !== null) {
    const imported = importPublicKey(config.publicKey);
    verifyKey = imported.key;
    algorithms = [imported.algorithm];
  }
  const options: JWTVerifyOptions = {
    algorithms,
    ...(config.issuer !== null ? { issuer: config.issuer } : {}),
    ...(config.audience !== null ? { audience: config.audience } : {}),
  };

  return async (authorization) => {
    if (authorization === undefined || authorization.trim() === '') return { kind: 'anonymous' };
    const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    if (!match?.[1]) return { kind: 'rejected', reason: 'the Authorization header must be "Bearer <token>"' };
    if (verifyKey === null) return { kind: 'rejected', reason: 'this server accepts no tokens (no JWT key is set)' };
    try {
      const { payload } = await jwtVerify(match[1], verifyKey, options);
      if (typeof payload.sub !== 'string' || payload.sub === '') {
        return { kind: 'rejected', reason: 'the token has no subject (sub)' };
      }
      return { kind: 'verified', viewer: { subject: payload.sub, roles: rolesOf(payload.roles) } };
    } catch (error) {
      const reason =
        error instanceof joseErrors.JWTExpired
          ? 'the token has expired'
          : error instanceof joseErrors.JWTClaimValidationFailed
            ? `the token's ${error.claim} claim is not accepted`
            : 'the token is not valid';
      return { kind: 'rejected', reason };
    }
  };
}

/** Throws UNAUTHENTICATED unless the request carries a valid token (any role). */
export function requireViewer(authentication: Authentication): Viewer {
  if (authentication.kind === 'verified') return authentication.viewer;
  if (authentication.kind === 'rejected') throw unauthenticated(`Not authenticated: ${authentication.reason}.`);
  throw unauthenticated('Not authenticated: send "Authorization: Bearer <token>".');
}

/** Throws UNAUTHENTICATED without a valid token, FORBIDDEN when the token lacks the editor role. */
export function requireEditor(authentication: Authentication): Viewer {
  const viewer = requireViewer(authentication);
  if (!viewer.roles.includes('editor')) {
    throw new AppError(ErrorCode.FORBIDDEN, 'Forbidden: changing the graph needs the editor role.', {
      http: { status: 403 },
    });
  }
  return viewer;
}
