import type { SoiDatabase } from './database';
import { DEFAULT_SETTINGS, type SettingRecord, type Settings } from './types';

/** Reader preferences; a missing row means the default. */
export class SettingsStore {
  constructor(private readonly db: SoiDatabase) {}

  async get<K extends keyof Settings>(key: K): Promise<Settings[K]> {
    const row = (await this.db.settings.get(key)) as SettingRecord<K> | undefined;
    return row ? row.value : DEFAULT_SETTINGS[key];
  }

  async getAll(): Promise<Settings> {
    const rows = await this.db.settings.toArray();
    const stored = Object.fromEntries(rows.map((row) => [row.key, row.value])) as Partial<Settings>;
    return { ...DEFAULT_SETTINGS, ...stored };
  }

  async set<K extends keyof Settings>(key: K, value: Settings[K]): Promise<void> {
    await this.db.settings.put({ key, value } as SettingRecord);
  }
}
