import { create } from 'zustand';

export type ToastTone = 'success' | 'error' | 'info';

export type Toast = {
  id: number;
  tone: ToastTone;
  message: string;
};

type ToastState = {
  toasts: Toast[];
  show: (tone: ToastTone, message: string) => number;
  dismiss: (id: number) => void;
};

let nextId = 1;
const maxVisible = 4;
const lifetimeMs: Record<ToastTone, number> = { success: 5_000, info: 6_000, error: 10_000 };

export const useToastStore = create<ToastState>()((set, get) => ({
  toasts: [],
  show: (tone, message) => {
    const id = nextId++;
    set({ toasts: [...get().toasts, { id, tone, message }].slice(-maxVisible) });
    setTimeout(() => get().dismiss(id), lifetimeMs[tone]);
    return id;
  },
  dismiss: (id) => set({ toasts: get().toasts.filter((toast) => toast.id !== id) }),
}));

/** Short results of an action (« Rôle modifié. »), read by screen readers through live regions. */
export const toast = {
  success: (message: string) => useToastStore.getState().show('success', message),
  error: (message: string) => useToastStore.getState().show('error', message),
  info: (message: string) => useToastStore.getState().show('info', message),
};
