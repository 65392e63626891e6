export { startEmbeddedServices, type EmbeddedServices, type EmbeddedServicesOptions } from './services.js';
export { freePort, portInUse } from './ports.js';
