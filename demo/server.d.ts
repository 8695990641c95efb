// Types of demo/server.js for the tests that import it.
import type { ConsentConfig } from '../src/core/config-types';
import type { ConsentReceipt } from '../src/integrations/receipts';

/** What the demo server logged of one analytics hit. */
export interface DemoHit {
  at: string;
  method: string;
  query: Record<string, string>;
}

/** What the demo server logged of one consent receipt. */
export interface DemoReceipt {
  at: string;
  contentType: string;
  receipt: ConsentReceipt;
}

export interface Demo {
  /** `http://127.0.0.1:<port>/` */
  url: string;
  port: number;
  hits: DemoHit[];
  receipts: DemoReceipt[];
  close(): Promise<void>;
}

/** The cookiegate config of every demo page (demo/config.json). */
export declare const demoConfig: ConsentConfig<'necessary' | 'analytics'>;

/** Starts the demo server; `port: 0` picks a free port. */
export declare function startDemo(options?: { port?: number; host?: string; quiet?: boolean }): Promise<Demo>;
