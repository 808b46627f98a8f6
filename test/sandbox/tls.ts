/** The self-signed certificate, made at start for every host the sandbox answers. */
import { generate } from 'selfsigned';

/** Wildcards cover one label only, so each parent domain the sandbox serves is listed. */
export const CERT_HOSTS = [
  '*.gainsightcloud.com',
  '*.my.salesforce.com',
  '*.lightning.force.com',
  '*.force.com',
  '*.salesforce.com',
  '*.sandbox.test',
  '*.gitlab-tenant.sandbox.test',
  'localhost',
] as const;

export interface KeyAndCert {
  key: string;
  cert: string;
}

let cached: Promise<KeyAndCert> | undefined;

/**
 * One certificate per process: generating an RSA key takes a moment and nothing depends on it being fresh.
 * Browsers run with --ignore-certificate-errors; the subjectAltNames still matter for clients that check names.
 */
export function sandboxCertificate(): Promise<KeyAndCert> {
  cached ??= new Promise<KeyAndCert>((resolve, reject) => {
    generate(
      [{ name: 'commonName', value: 'gitlab-cta-sandbox.test' }],
      {
        days: 30,
        keySize: 2048,
        algorithm: 'sha256',
        extensions: [
          { name: 'basicConstraints', cA: false },
          { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
          { name: 'extKeyUsage', serverAuth: true },
          {
            name: 'subjectAltName',
            altNames: [
              ...CERT_HOSTS.map((value) => ({ type: 2, value })),
              { type: 7, ip: '127.0.0.1' },
            ],
          },
        ],
      },
      (err, result) => (err ? reject(err) : resolve({ key: result.private, cert: result.cert })),
    );
  });
  return cached;
}
