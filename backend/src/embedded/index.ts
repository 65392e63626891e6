export { startEmbeddedServices, type EmbeddedServices, type EmbeddedServicesOptions } from './services.js';
export { freePort } from './ports.js';
