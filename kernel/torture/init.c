// SPDX-License-Identifier: GPL-2.0
/*
 * /init of the torture initramfs: loads pcpusect_torture.ko with the
 * parameters given on the kernel command line as torture=<k=v,...>
 * (the kernel hands unknown key=value words to init as environment),
 * unloads it again (which unregisters its section table), then powers
 * off.  The module prints the result line itself.
 */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/reboot.h>
#include <sys/syscall.h>
#include <unistd.h>

int main(void)
{
	const char *env = getenv("torture");
	char params[256] = "";
	int fd, ret;

	if (env) {
		char *p;

		snprintf(params, sizeof(params), "%s", env);
		for (p = params; *p; p++)
			if (*p == ',')
				*p = ' ';
	}
	fd = open("/pcpusect_torture.ko", O_RDONLY);
	if (fd < 0) {
		perror("init: open pcpusect_torture.ko");
	} else {
		ret = syscall(SYS_finit_module, fd, params, 0);
		printf("init: pcpusect_torture returned %d\n", ret ? -1 : 0);
		if (!ret) {
			ret = syscall(SYS_delete_module, "pcpusect_torture",
				      O_NONBLOCK);
			printf("init: pcpusect_torture unloaded: %d\n",
			       ret ? -1 : 0);
		}
		fflush(stdout);
	}
	sync();
	reboot(RB_POWER_OFF);
	return 0;
}
