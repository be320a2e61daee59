import { QueryClient } from '@tanstack/react-query';
import { ApiError } from './apiClient.ts';

function shouldRetry(failureCount: number, error: unknown): boolean {
  // A 4xx will not change on retry; outages and network errors may.
  if (error instanceof ApiError && error.status >= 400 && error.status < 500) return false;
  return failureCount < 2;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: shouldRetry, staleTime: 30_000 },
      mutations: { retry: false },
    },
  });
}
