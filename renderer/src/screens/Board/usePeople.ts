import { useEffect, useState } from 'react';
import type { Artisan, SessionUser } from '../../../../src/shared/api';
import { call } from '../../api/client';

/** The members (active artisans) and the staff an item can be raised by or given to. */
export function usePeople() {
  const [members, setMembers] = useState<Artisan[]>([]);
  const [staff, setStaff] = useState<SessionUser[]>([]);
  useEffect(() => {
    void call('artisans.list', {}).then((r) => r.ok && setMembers(r.value));
    void call('session.people', {}).then((r) => r.ok && setStaff(r.value));
  }, []);
  return { members, staff };
}

/** A member's name in the screen's language, else the other one. */
export const memberName = (lang: string, m: { nameHi: string; nameEn: string }) => (lang === 'en' ? m.nameEn || m.nameHi : m.nameHi || m.nameEn);
