/*
 * A stand-in for Windows' bcryptprimitives.dll, for smoke tests under Wine
 * only. Go 1.24 and later need ProcessPrng from that DLL, which every
 * supported Windows (10 and later) has but Debian 12's Wine 8.0 lacks.
 * ProcessPrng fills the buffer from RtlGenRandom (advapi32) and, like the
 * real one, always succeeds. It is never shipped with baocao.
 */
#include <windows.h>
#include <ntsecapi.h>

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len)
{
	while (len > 0) {
		ULONG n = len > 0x10000000 ? 0x10000000 : (ULONG)len;
		if (!RtlGenRandom(data, n))
			return FALSE;
		data += n;
		len -= n;
	}
	return TRUE;
}
