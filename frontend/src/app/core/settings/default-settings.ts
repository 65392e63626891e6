import type { PublicSettingsDto } from '../api/api';

/**
 * Used until `/api/v1/settings/public` answers, and kept when it cannot be reached, so the
 * site still renders with a sensible identity and a map of the province.
 * Values mirror the backend's defaults (backend/src/config/config.ts).
 */
export const DEFAULT_SETTINGS: PublicSettingsDto = {
  languages: ['vi', 'en'],
  portalName: {
    vi: 'Cổng Xúc tiến Đầu tư tỉnh Sóc Trăng',
    en: 'Soc Trang Investment Promotion Portal',
  },
  owner: {
    vi: 'Ủy ban nhân dân tỉnh Sóc Trăng',
    en: "Soc Trang Provincial People's Committee",
  },
  map: {
    tileUrl: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
    attribution: '© OpenStreetMap contributors',
    center: { lat: 9.6025, lng: 105.9739 },
    zoom: 10,
    maxZoom: 18,
  },
};
