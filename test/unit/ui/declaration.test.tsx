import { describe, expect, it } from 'vitest';
import { waitFor, within } from '@testing-library/preact';
import { config, mount } from './mount';

const declaration = () => {
  const el = document.createElement('div');
  el.dataset.cookiegate = 'declaration';
  el.textContent = 'Enable JavaScript to see the cookie list.';
  return document.body.appendChild(el);
};

describe('cookie declaration', () => {
  it('fills [data-cookiegate="declaration"] with every category and every declared cookie, in the light DOM', () => {
    const el = declaration();
    mount();
    const d = within(el);
    expect(d.queryByText(/Enable JavaScript/)).toBeNull();
    for (const name of ['Strictly necessary', 'Analytics', 'Marketing'])
      expect(d.getByRole('heading', { name })).toBeTruthy();
    for (const c of config.cookies) {
      const row = d.getByRole('cell', { name: c.name }).closest('tr') as HTMLElement;
      expect(within(row).getByRole('cell', { name: c.purpose })).toBeTruthy();
      expect(within(row).getByRole('cell', { name: c.provider })).toBeTruthy();
    }
    expect(el.querySelectorAll('th[scope="col"]')).toHaveLength(10);
  });

  it('fills declaration elements added after mounting', async () => {
    mount();
    const el = declaration();
    await waitFor(() => expect(within(el).getByRole('cell', { name: '_ga' })).toBeTruthy());
  });

  it('renders declared strings as text', () => {
    const el = declaration();
    const cookies = [
      { name: '<img src=x onerror=alert(1)>', category: 'analytics', provider: 'p', purpose: 'q', expires: 'e' },
    ];
    mount({ cookies });
    expect(el.querySelector('img')).toBeNull();
    expect(within(el).getByRole('cell', { name: cookies[0].name })).toBeTruthy();
  });
});
