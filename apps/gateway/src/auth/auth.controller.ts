import { Body, Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { SignedInResponse } from '@pix/api-types';
import { IdentityErrorCode, IdentitySubjects, type MeView, type TokenPair, type UserView } from '@pix/contracts';
import { DomainError } from '@pix/kernel';
import { type Actor, MessageBus } from '@pix/platform';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { ApiZodBody } from '../http/openapi';
import { ZodValidationPipe } from '../http/zod-validation.pipe';
import { CurrentActor, Public, TemporaryPasswordAllowed } from './auth.decorators';
import { clearRefreshCookie, readRefreshCookie, setRefreshCookie } from './refresh-cookie';

const loginSchema = z.object({
  login: z.string().trim().min(1, 'Saisissez votre adresse e-mail ou votre identifiant.').max(254),
  password: z.string().min(1, 'Saisissez votre mot de passe.').max(1024),
});

const changePasswordSchema = z.object({
  currentPassword: z.string().min(1, 'Saisissez votre mot de passe actuel.').max(1024),
  newPassword: z.string().min(1, 'Saisissez un nouveau mot de passe.').max(1024),
});

type SignedIn = SignedInResponse;

@ApiTags('authentification')
@Controller('auth')
export class AuthController {
  constructor(private readonly bus: MessageBus) {}

  @Public()
  @Post('token')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Sign in with an email or username and a password',
    description:
      'Returns a 15-minute access token (send it as `Authorization: Bearer …`) and sets the refresh token as an ' +
      'HttpOnly cookie on /api/auth. Failed attempts are throttled per (login, IP) and per IP: 429 LOGIN_THROTTLED.',
  })
  @ApiZodBody(loginSchema)
  async login(
    @Body(new ZodValidationPipe(loginSchema)) body: z.infer<typeof loginSchema>,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SignedIn> {
    const pair = await this.bus.request(IdentitySubjects.login, { ...body, ip: request.ip });
    return this.signedIn(pair, request, reply);
  }

  @Public()
  @Post('refresh')
  @HttpCode(200)
  @ApiOperation({
    summary: 'New access token from the refresh cookie (the cookie is rotated)',
    description: 'Refresh tokens die after 2 h without use and 12 h after sign-in; a reused token revokes the session.',
  })
  async refresh(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<SignedIn> {
    const refreshToken = readRefreshCookie(request);
    if (refreshToken === null) {
      throw new DomainError(IdentityErrorCode.REFRESH_TOKEN_INVALID, 'Votre session a expiré. Reconnectez-vous.');
    }
    try {
      return this.signedIn(await this.bus.request(IdentitySubjects.refresh, { refreshToken }), request, reply);
    } catch (error) {
      clearRefreshCookie(request, reply);
      throw error;
    }
  }

  @Public()
  @Post('logout')
  @HttpCode(204)
  @ApiOperation({ summary: 'Revoke the refresh token family and clear the cookie' })
  async logout(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    const refreshToken = readRefreshCookie(request);
    if (refreshToken !== null) await this.bus.request(IdentitySubjects.logout, { refreshToken });
    clearRefreshCookie(request, reply);
  }

  @Get('me')
  @TemporaryPasswordAllowed()
  @ApiBearerAuth()
  @ApiOperation({ summary: 'The signed-in user and their centre memberships' })
  me(@CurrentActor() actor: Actor): Promise<MeView> {
    return this.bus.request(IdentitySubjects.getMe, { userId: actor.userId });
  }

  @Post('password')
  @HttpCode(200)
  @TemporaryPasswordAllowed()
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'Change one’s password (required after a temporary one); other sign-ins are revoked',
  })
  @ApiZodBody(changePasswordSchema)
  async changePassword(
    @CurrentActor() actor: Actor,
    @Body(new ZodValidationPipe(changePasswordSchema)) body: z.infer<typeof changePasswordSchema>,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<UserView> {
    const user = await this.bus.request(IdentitySubjects.changePassword, { ...body, userId: actor.userId });
    clearRefreshCookie(request, reply);
    return user;
  }

  private signedIn(pair: TokenPair, request: FastifyRequest, reply: FastifyReply): SignedIn {
    setRefreshCookie(request, reply, pair.refreshToken, new Date(pair.refreshTokenExpiresAt));
    return { accessToken: pair.accessToken, accessTokenExpiresAt: pair.accessTokenExpiresAt, me: pair.me };
  }
}
