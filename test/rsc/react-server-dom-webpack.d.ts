// The part of React's Flight client for Node that test/rsc/flight.ts uses; the package ships
// no types of its own.
declare module 'react-server-dom-webpack/client.node' {
  import type { Readable } from 'node:stream';

  interface ClientReferenceMetadata {
    id: string;
    chunks: string[];
    name: string;
  }

  export interface ServerConsumerManifest {
    moduleMap: Record<string, Record<string, ClientReferenceMetadata>>;
    serverModuleMap: null;
    moduleLoading: null;
  }

  export function createFromNodeStream<T>(
    stream: Readable,
    manifest: ServerConsumerManifest,
  ): PromiseLike<T>;
}
