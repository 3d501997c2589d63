// Which provider runs an extraction: the configured OpenAI-compatible server, else the offline one.
// Vision needs a model: with none configured, vlm fails clearly instead of silently degrading to text.
import { createOfflineProvider } from '../offline/index.ts';
import { ProviderError, type ExtractionMode, type ExtractionProvider } from '../types.ts';
import { createOpenAIProvider, NO_VISION_MODEL } from './openai.ts';

export { NO_VISION_MODEL };

export interface ModelSettings {
  baseURL?: string;
  apiKey?: string;
  model?: string;
  visionModel?: string;
  timeoutMs?: number;
  maxContextTokens?: number;
}

export function selectProvider(settings: ModelSettings, mode: ExtractionMode): ExtractionProvider {
  if (settings.baseURL) {
    // No default model is fine when every request names one; the provider says so clearly otherwise.
    return createOpenAIProvider({
      baseURL: settings.baseURL,
      apiKey: settings.apiKey,
      model: settings.model || settings.visionModel || '',
      visionModel: settings.visionModel || undefined,
      timeoutMs: settings.timeoutMs,
      maxContextTokens: settings.maxContextTokens,
    });
  }
  if (mode === 'vlm') throw new ProviderError(NO_VISION_MODEL, false);
  return createOfflineProvider();
}
